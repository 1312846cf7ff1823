/**
 * Frappe: ERPNext's desk and Frappe CRM. The desk routes a document as `/app/<doctype slug>/<name>` (the slug is the
 * doctype lower-cased, spaces as dashes; the name URL-encoded), a list as `/app/customer` or `/app/customer/view/<view>`,
 * a new document as `/app/customer/new-customer-1`; both with pushState. Frappe CRM's own front end (Vue Router, web
 * history under `/crm`) routes `/crm/leads/<name>`, `/crm/deals/<name>`, `/crm/contacts/<name>`,
 * `/crm/organizations/<name>`, and its lists as `/crm/leads/view/<type>`. The document's name is its id: a naming
 * series (`CUST-2024-00017`), or, where a site names customers by their name, the name itself, which Pacer's client
 * number shape (no spaces) does not take: such a screen reads "no client".
 *
 * Verified against frappe/frappe's router.js and frappe/crm's router.js (the files cited); organizations were missing.
 */
import { definePreset } from './types';

export default definePreset({
  id: 'frappe',
  system: 'Frappe / ERPNext',
  sources: [
    'https://github.com/frappe/frappe/blob/000ce5bdae4aea5249888ca9ca9faa6d85768970/frappe/public/js/frappe/router.js (/app/user/user-001 = ["Form", "User", "user-001"]; slug; push_state)',
    'https://github.com/frappe/crm/blob/8b7dfdde81206fc8be8c38d6fbce57da234582af/frontend/src/router.js (createWebHistory("/crm"); /leads/:leadId, /deals/:dealId, /contacts/:contactId, /organizations/:organizationId)',
  ],
  rule: {
    match: ['*/app/customer*', '*/app/contact*', '*/app/lead*', '*/crm/leads*', '*/crm/deals*', '*/crm/contacts*', '*/crm/organizations*'],
    strategies: [
      { kind: 'url', pattern: '/app/(?:customer|contact|lead)/(?!view(?:[/?#]|$)|new-)([^/?#]{1,64})' },
      { kind: 'url', pattern: '/crm/(?:leads|deals|contacts|organizations)/(?!view(?:[/?#]|$))([^/?#]{1,64})' },
    ],
  },
  open: '/app/customer/{id}',
  openFrom: ['*/app/customer/*'],
  fixtures: {
    client: { path: '/fixtures/presets/frappe/client/app/customer/CUST-2024-00017', id: 'CUST-2024-00017' },
    next: { click: '[data-nav]', id: 'CUST-2024-00018' },
    list: '/fixtures/presets/frappe/list/app/customer/view/list',
  },
});
