/**
 * Odoo (Contacts, CRM, Invoicing: a client is a `res.partner`). Odoo 17.2 and later address a record as
 * `/odoo/contacts/<id>` (or `/odoo/res.partner/<id>`), earlier versions as `/web#id=<id>&…&model=res.partner&view_type=form` (the router writes `id` first);
 * a list has no id. The web client is a single-page app. The partner's Reference (`ref`) is shown in its form when
 * filled, in a field widget named `ref`. Preferred: the reference; else the record id.
 */
import { definePreset } from './types';

export default definePreset({
  id: 'odoo',
  system: 'Odoo',
  sources: [
    'https://github.com/odoo/odoo/blob/17.0/addons/web/static/src/core/browser/router.js (/web#id=…&model=…)',
    'https://github.com/odoo/odoo/blob/saas-17.2/addons/web/static/src/core/browser/router.js (/odoo/<action>/<id>)',
    'https://github.com/odoo/odoo/blob/17.0/odoo/addons/base/views/res_partner_views.xml (field name="ref")',
  ],
  rule: {
    match: ['*/odoo/*', '*/web#*'],
    strategies: [
      { kind: 'selector', selector: '.o_form_view .o_field_widget[name="ref"] input, .o_form_view .o_field_widget[name="ref"] > span' },
      { kind: 'url', pattern: '/odoo/(?:contacts|res\\.partner)/(\\d{1,12})(?:[/?#]|$)' },
      { kind: 'url', pattern: '[#&]id=(\\d{1,12})(?=[^#]*[#&]model=res\\.partner)' },
    ],
  },
  fixtures: {
    client: { path: '/fixtures/presets/odoo/client/odoo/contacts/42', id: 'CUST-0042' },
    next: { click: '[data-nav]', id: '57' },
    list: '/fixtures/presets/odoo/list/odoo/contacts',
  },
});
