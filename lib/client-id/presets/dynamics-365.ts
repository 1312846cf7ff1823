/**
 * Microsoft Dynamics 365 (Customer Engagement, model-driven apps; the Unified Interface). A record form's address
 * is `main.aspx?appid=…&pagetype=entityrecord&etn=<table>&id=<GUID>`, the GUID sometimes in braces (`%7B…%7D`); a
 * view of many rows is `pagetype=entitylist`. On an account form the Account Number field is a text box whose
 * `data-id` is `accountnumber.fieldControl-text-box-text`. Forms open inside the app without a reload (pushState).
 */
import { definePreset } from './types';

export default definePreset({
  id: 'dynamics-365',
  system: 'Microsoft Dynamics 365',
  sources: [
    'https://learn.microsoft.com/power-apps/developer/model-driven-apps/open-forms-views-dialogs-reports-url (open forms and views with a URL)',
    'https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account#BKMK_AccountNumber (account.accountnumber)',
  ],
  rule: {
    match: ['*/main.aspx?*'],
    strategies: [
      { kind: 'selector', selector: 'input[data-id="accountnumber.fieldControl-text-box-text"]' },
      {
        kind: 'url',
        pattern:
          'pagetype=entityrecord[^#]*[?&]id=(?:%7[Bb]|\\{)?([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})',
      },
    ],
  },
  fixtures: {
    client: {
      path: '/fixtures/presets/dynamics-365/client/main.aspx?appid=5f3e6b2a-0000-0000-0000-000000000001&pagetype=entityrecord&etn=account&id=%7B7c1a2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b%7D',
      id: 'ACC-20417',
    },
    next: { click: '[data-nav]', id: '9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a' },
    list: '/fixtures/presets/dynamics-365/list/main.aspx?appid=5f3e6b2a-0000-0000-0000-000000000001&pagetype=entitylist&etn=account',
  },
});
