/**
 * SuiteCRM. Version 7 (and SugarCRM CE it forks) shows a record at `index.php?module=<Module>&action=DetailView&record=
 * <36-character id>`, a list at `action=index` or `ListView`; version 8's Angular front end at `#/<module>/record/<id>`
 * and `#/<module>` for the list. Record ids are GUIDs (create_guid()). The id is read from the address.
 */
import { definePreset } from './types';

export default definePreset({
  id: 'suitecrm',
  system: 'SuiteCRM',
  sources: [
    'https://github.com/salesagility/SuiteCRM/blob/master/include/utils.php (create_guid: record ids)',
    'https://github.com/salesagility/SuiteCRM/blob/master/include/DetailView/DetailView2.php (index.php?module=…&action=DetailView&record=…)',
    'https://github.com/salesagility/SuiteCRM-Core/blob/master/core/app/core/src/lib/views/record/ (#/<module>/record/<id>)',
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
      { kind: 'url', pattern: '#/(?:accounts|contacts|leads)/record/([0-9a-fA-F-]{36})' },
    ],
  },
  fixtures: {
    client: {
      path: '/fixtures/presets/suitecrm/client/index.php?module=Accounts&action=DetailView&record=4f6c2b1e-9d3a-4c5b-8e7f-1a2b3c4d5e6f',
      id: '4f6c2b1e-9d3a-4c5b-8e7f-1a2b3c4d5e6f',
    },
    list: '/fixtures/presets/suitecrm/list/index.php?module=Accounts&action=index',
  },
});
