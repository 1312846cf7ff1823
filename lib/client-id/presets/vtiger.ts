/**
 * vtiger CRM 7. A record is `index.php?module=<Module>&view=Detail&record=<number>`; its detail view puts each field in
 * `<td class="fieldValue" id="<Module>_detailView_fieldValue_<field>"><span class="value">…`, and the number vtiger
 * shows for a client is the Organization Number (`account_no`, ACC1…) or Contact Id (`contact_no`, CON1…). Lists are
 * `view=List`. Preferred: the shown number; else the record id in the address.
 */
import { definePreset } from './types';

export default definePreset({
  id: 'vtiger',
  system: 'vtiger CRM',
  sources: [
    'https://github.com/vtiger/vtigercrm/blob/master/layouts/v7/modules/Vtiger/DetailViewBlockView.tpl (id="{$MODULE_NAME}_detailView_fieldValue_{field}")',
    'https://github.com/vtiger/vtigercrm/blob/master/modules/Accounts/Accounts.php (account_no)',
  ],
  rule: {
    match: ['*/index.php?*view=Detail*', '*/index.php?*view=List*'],
    strategies: [
      {
        kind: 'selector',
        selector: '#Accounts_detailView_fieldValue_account_no .value, #Contacts_detailView_fieldValue_contact_no .value',
      },
      { kind: 'url', pattern: '[?&]record=(\\d{1,12})(?:[&#]|$)' },
    ],
  },
  open: '/index.php?module=Accounts&view=Detail&record={id}',
  openFrom: ['*module=Accounts*'],
  fixtures: {
    client: { path: '/fixtures/presets/vtiger/client/index.php?module=Accounts&view=Detail&record=12&app=MARKETING', id: 'ACC12' },
    list: '/fixtures/presets/vtiger/list/index.php?module=Accounts&view=List&app=MARKETING',
  },
});
