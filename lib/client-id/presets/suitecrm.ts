/**
 * SuiteCRM. Version 7 (and SugarCRM CE it forks) shows a record at `index.php?module=<Module>&action=DetailView&record=
 * <id>`, a list at `action=index` or `ListView`. Version 8's Angular front end routes in the hash (`useHash: true`):
 * `#/<module>/record/<id>` (and `#/<module>/detail/<id>`) for the modules whose routing allows a record view
 * (accounts, contacts, leads among them), `#/<module>` for the list; its server redirects a version 7 view address to
 * the new route. Record ids are create_guid()'s 36 characters (8-4-4-4-12 hex). The id is read from the address.
 *
 * Verified against SuiteCRM-Core (the files cited, at that commit): the hash routing, the record/detail routes, the
 * module route names, the legacy redirect and create_guid.
 */
import { definePreset } from './types';

export default definePreset({
  id: 'suitecrm',
  system: 'SuiteCRM',
  sources: [
    'https://github.com/salesagility/SuiteCRM-Core/blob/9df984eccd7c0beebcd089a3c16b469fd089cf88/core/app/shell/src/app/app-routing.module.ts (useHash: true)',
    'https://github.com/salesagility/SuiteCRM-Core/blob/9df984eccd7c0beebcd089a3c16b469fd089cf88/core/app/shell/src/app/app-initializer.ts (routeName + "/record/:record", "/detail/:record")',
    'https://github.com/salesagility/SuiteCRM-Core/blob/9df984eccd7c0beebcd089a3c16b469fd089cf88/config/services/module/module_routing.yaml (accounts, contacts, leads: record: true)',
    'https://github.com/salesagility/SuiteCRM-Core/blob/9df984eccd7c0beebcd089a3c16b469fd089cf88/core/backend/Routes/EventListener/LegacyRedirectListener.php (a legacy view address redirected to its route)',
    'https://github.com/salesagility/SuiteCRM-Core/blob/9df984eccd7c0beebcd089a3c16b469fd089cf88/tests/unit/core/src/Service/RouteConverterTest.php (action=DetailView&record=123 -> ./#/contacts/record/123)',
    'https://github.com/salesagility/SuiteCRM-Core/blob/9df984eccd7c0beebcd089a3c16b469fd089cf88/public/legacy/include/utils.php (create_guid: aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee)',
  ],
  rule: {
    // `action=`, not vtiger's `view=`: the two systems' addresses look alike, and the first rule that matches decides.
    match: [
      '*/index.php?*action=DetailView*',
      '*/index.php?*action=index*',
      '*/index.php?*action=ListView*',
      '*/#/accounts*',
      '*/#/contacts*',
      '*/#/leads*',
    ],
    strategies: [
      { kind: 'url', pattern: '[?&]record=([0-9a-fA-F-]{36})(?:[&#]|$)' },
      { kind: 'url', pattern: '#/(?:accounts|contacts|leads)/(?:record|detail)/([0-9a-fA-F-]{36})(?:[/?]|$)' },
    ],
  },
  // The version 7 address: version 8 redirects it to `#/accounts/record/<id>` (LegacyRedirectListener).
  open: '/index.php?module=Accounts&action=DetailView&record={id}',
  openFrom: ['*module=Accounts*', '*/#/accounts/*'],
  fixtures: {
    client: {
      path: '/fixtures/presets/suitecrm/client/index.php?module=Accounts&action=DetailView&record=4f6c2b1e-9d3a-4c5b-8e7f-1a2b3c4d5e6f',
      id: '4f6c2b1e-9d3a-4c5b-8e7f-1a2b3c4d5e6f',
    },
    list: '/fixtures/presets/suitecrm/list/index.php?module=Accounts&action=index',
  },
});
