/**
 * Odoo (Contacts, CRM, Invoicing: a client is a `res.partner`). Odoo 17.2 and later address a record as
 * `/odoo/<action path>/<id>` (the Contacts app's action has the path `contacts`: `/odoo/contacts/42`) or
 * `/odoo/<model>/<id>` (`/odoo/res.partner/42`); earlier versions as `/web#id=<id>&…&model=res.partner&view_type=form`,
 * which the newer router still reads and rewrites. A list has no id. The web client is a single-page app (pushState).
 *
 * Verified against odoo/odoo (the files cited, at the commits the library holds): the router's paths (PATH_KEYS, urlToState, the `/web` remap), the
 * contacts action's path, and the form's `ref`. Not read any more: the partner's Reference (`ref`): the form shows it
 * on the "Sales & Purchase" page of its notebook, and Odoo's notebook renders only the page shown, so the same
 * partner read as its Reference on that page and as its record id on the default one.
 */
import { definePreset } from './types';

export default definePreset({
  id: 'odoo',
  system: 'Odoo',
  sources: [
    'https://github.com/odoo/odoo/blob/0914ffbdff3f33c998947081da6c7453b83de955/addons/web/static/src/core/browser/router.js (stateToUrl /odoo/…, urlToState: /web#id= remapped to resId)',
    'https://github.com/odoo/odoo/blob/2e068d5137154b00b98071734f715b3abafee3f7/addons/web/static/src/core/browser/router_service.js (the older web client: its state in the hash of /web)',
    'https://github.com/odoo/odoo/blob/05575b10d90cedb1ca9910aaa9f1293c3fafdd26/addons/contacts/views/contact_views.xml (action_contacts: path "contacts", res.partner)',
    'https://github.com/odoo/odoo/blob/000c79672614851c85f958a6f4693767b94217f7/odoo/addons/base/views/res_partner_views.xml (field name="ref" in the sales_purchases page)',
    'https://github.com/odoo/odoo/blob/01e9403fe2023bc79085d8315f4278e1acc0b06c/addons/web/static/src/core/notebook/notebook.xml (only the current page is rendered)',
  ],
  rule: {
    match: ['*/odoo/*', '*/web#*'],
    strategies: [
      { kind: 'url', pattern: '/odoo/(?:contacts|res\\.partner)/(\\d{1,12})(?:[/?#]|$)' },
      // The older hash, `id` first as those versions wrote it (#id=42&cids=1&menu_id=…&action=…&model=res.partner…): that
      // order is from memory, not in the files cited (objectToUrlEncodedString keeps the order the pushing code gives).
      { kind: 'url', pattern: '[#&]id=(\\d{1,12})(?=[^#]*[#&]model=res\\.partner(?:&|$))' },
    ],
  },
  open: '/odoo/contacts/{id}',
  fixtures: {
    client: { path: '/fixtures/presets/odoo/client/odoo/contacts/42', id: '42' },
    next: { click: '[data-nav]', id: '57' },
    list: '/fixtures/presets/odoo/list/odoo/contacts',
  },
});
