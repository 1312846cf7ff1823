/**
 * Zoho CRM. A record is `/crm/<org>/tab/<Module>/<record id>` (a 19-digit number), a list
 * `/crm/<org>/tab/<Module>/custom-view/<view id>/list`. The web client navigates without reloading (pushState).
 */
import { definePreset } from './types';

export default definePreset({
  id: 'zoho-crm',
  system: 'Zoho CRM',
  sources: [
    'https://help.zoho.com/portal/en/kb/crm/customize-crm-account/customizing-modules/articles/record-id (record id in the URL)',
    'https://www.zoho.com/crm/developer/docs/api/v6/get-records.html (record ids)',
  ],
  rule: {
    match: ['*/crm/*/tab/*'],
    strategies: [{ kind: 'url', pattern: '/tab/(?:Contacts|Accounts|Leads)/(\\d{6,25})(?:[/?#]|$)' }],
  },
  fixtures: {
    client: { path: '/fixtures/presets/zoho-crm/client/crm/org60012345/tab/Accounts/4876876000000451001', id: '4876876000000451001' },
    next: { click: '[data-nav]', id: '4876876000000451002' },
    list: '/fixtures/presets/zoho-crm/list/crm/org60012345/tab/Accounts/custom-view/4876876000000087501/list',
  },
});
