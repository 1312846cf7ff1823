/**
 * Frappe: ERPNext's desk and Frappe CRM. The desk routes a document as `/app/<doctype>/<name>` (a Customer is
 * `/app/customer/CUST-2024-00017` under the naming series), a list as `/app/customer` or `/app/customer/view/list`, a
 * new document as `/app/customer/new-customer-1`. Frappe CRM's own front end routes `/crm/leads/<name>`,
 * `/crm/deals/<name>`, `/crm/contacts/<name>`. Both are single-page apps (pushState). The document's name is its id.
 */
import { definePreset } from './types';

export default definePreset({
  id: 'frappe',
  system: 'Frappe / ERPNext',
  sources: [
    'https://github.com/frappe/frappe/blob/develop/frappe/public/js/frappe/router.js (/app/<doctype>/<name>)',
    'https://github.com/frappe/erpnext/blob/develop/erpnext/selling/doctype/customer/customer.json (naming series CUST-.YYYY.-)',
    'https://github.com/frappe/crm/blob/develop/frontend/src/router.js (/crm/leads/:leadId, /crm/deals/:dealId)',
  ],
  rule: {
    match: ['*/app/customer*', '*/app/contact*', '*/app/lead*', '*/crm/leads*', '*/crm/deals*', '*/crm/contacts*'],
    strategies: [
      { kind: 'url', pattern: '/app/(?:customer|contact|lead)/(?!view(?:[/?#]|$)|new-)([^/?#]{1,64})' },
      { kind: 'url', pattern: '/crm/(?:leads|deals|contacts)/(?!view(?:[/?#]|$))([^/?#]{1,64})' },
    ],
  },
  fixtures: {
    client: { path: '/fixtures/presets/frappe/client/app/customer/CUST-2024-00017', id: 'CUST-2024-00017' },
    next: { click: '[data-nav]', id: 'CUST-2024-00018' },
    list: '/fixtures/presets/frappe/list/app/customer/view/list',
  },
});
