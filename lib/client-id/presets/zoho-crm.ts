/**
 * Zoho CRM. A record is `/crm/<org>/tab/<Module>/<record id>`, a list `/crm/<org>/tab/<Module>/custom-view/<view
 * id>/list`; the web client navigates without reloading (pushState). Record ids are long numbers (19 digits in
 * Zoho's own examples, 1386586000002572002).
 *
 * Verified: the record id's shape only, from Zoho's API pages. The web client's address format could not be checked
 * with the tools this was written with (no Zoho page in the library shows it; the web client's source is not public):
 * it is as the preset was first written, from memory. No "open in the CRM" address: a record's address holds the
 * bank's own org part (`/crm/<org>/…`), which a template cannot know, and no address without it could be checked.
 */
import { definePreset } from './types';

export default definePreset({
  id: 'zoho-crm',
  system: 'Zoho CRM',
  sources: [
    'https://www.zoho.com/crm/help/api-diff/getrecordbyID.html (record ids: https://www.zohoapis.com/crm/v2/Leads/1386586000002572002)',
    'https://www.zoho.com/developer/help/scripting/get-records-by-id.html (recordID: Long)',
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
