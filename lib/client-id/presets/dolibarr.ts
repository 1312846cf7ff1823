/**
 * Dolibarr ERP/CRM. A third party's card is `societe/card.php?socid=<id>` (and its tabs take `socid` too); it shows the
 * Customer code (`code_client`, CU2401-00001 under the default numbering) in a row labelled by the translation of
 * "CustomerCode" (en "Customer code", fr "Code client", zh_CN "客户代码"). The list is `societe/list.php`.
 * Preferred: the customer code; else the id in the address.
 */
import { definePreset } from './types';

export default definePreset({
  id: 'dolibarr',
  system: 'Dolibarr',
  sources: [
    'https://github.com/Dolibarr/dolibarr/blob/develop/htdocs/societe/card.php ($langs->trans("CustomerCode"), $object->code_client)',
    'https://github.com/Dolibarr/dolibarr/blob/develop/htdocs/core/modules/societe/mod_codeclient_monkey.php (CU{yymm}-{0000})',
    'https://github.com/Dolibarr/dolibarr/blob/develop/htdocs/langs/en_US/companies.lang (CustomerCode=Customer code)',
  ],
  rule: {
    match: ['*/societe/*.php*', '*/comm/card.php*'],
    strategies: [
      { kind: 'label', labels: ['Customer code', 'Code client', '客户代码', 'Kundennummer', 'Código cliente'] },
      { kind: 'url', pattern: '[?&]socid=(\\d{1,12})(?:[&#]|$)' },
    ],
  },
  open: '/societe/card.php?socid={id}',
  fixtures: {
    client: { path: '/fixtures/presets/dolibarr/client/societe/card.php?socid=17', id: 'CU2401-00017' },
    list: '/fixtures/presets/dolibarr/list/societe/list.php?type=c',
  },
});
