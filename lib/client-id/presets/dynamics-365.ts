/**
 * Microsoft Dynamics 365 (Customer Engagement, model-driven apps; the Unified Interface). Microsoft documents a
 * record form's address as `main.aspx?etn=<table>&pagetype=entityrecord&id=<GUID>`, the GUID in braces, encoded
 * (`%7B…%7D`), and the app's `appid=` or `appname=` before them; a view of many rows is `pagetype=entitylist`. Forms
 * open inside the app without a reload (pushState). A client is an `account` or a `contact` (retail banking's
 * individuals); any other table's record (an opportunity, a case) is not a client.
 *
 * Verified against Microsoft's page below: the address, braces and encoding included. Not read any more: the Account
 * Number field (`data-id="accountnumber.fieldControl-text-box-text"`): that markup is seen only in third-party test
 * scripts, not in anything Microsoft publishes, and where the field sits depends on the bank's form (a tab not shown
 * would give the same client a second number).
 */
import { definePreset } from './types';

const GUID = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';

export default definePreset({
  id: 'dynamics-365',
  system: 'Microsoft Dynamics 365',
  sources: [
    'https://learn.microsoft.com/power-apps/developer/model-driven-apps/open-forms-views-dialogs-reports-url (main.aspx?appid=…, etn=account&pagetype=entityrecord&id=%7B…%7D, pagetype=entitylist)',
    'https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account (account: the accountid GUID)',
  ],
  rule: {
    match: ['*/main.aspx?*'],
    strategies: [
      // A record form (pagetype) of an account or a contact (etn), its id: the three in any order.
      {
        kind: 'url',
        pattern: `main\\.aspx(?=[^#]*[?&]pagetype=entityrecord(?:[&#]|$))(?=[^#]*[?&]etn=(?:account|contact)(?:[&#]|$))[^#]*[?&]id=(?:%7[Bb]|\\{)?(${GUID})`,
      },
    ],
  },
  open: '/main.aspx?pagetype=entityrecord&etn=account&id={id}',
  openFrom: ['*etn=account*'],
  fixtures: {
    client: {
      path: '/fixtures/presets/dynamics-365/client/main.aspx?appid=5f3e6b2a-0000-0000-0000-000000000001&pagetype=entityrecord&etn=account&id=%7B7c1a2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b%7D',
      id: '7c1a2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b',
    },
    next: { click: '[data-nav]', id: '9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a' },
    list: '/fixtures/presets/dynamics-365/list/main.aspx?appid=5f3e6b2a-0000-0000-0000-000000000001&pagetype=entitylist&etn=account',
  },
});
