/**
 * EspoCRM. A single-page app routed in the hash (Backbone history, no pushState): `#Account/view/<id>`,
 * `#Contact/view/<id>`, `#Lead/view/<id>` (the router's `:controller/view/:id`); the list is `#Account`. Record ids are
 * 17 hex characters (Util::generateId: uniqid()'s 13 and 4 of an md5), or a UUID v4 where the instance is set to
 * (`app.recordId.type: uuid4`, DefaultRecordIdGenerator).
 *
 * Verified against espocrm/espocrm (the files cited, at 2cde9d9): the routes, the hash history and both id forms
 * (the UUID form was missing here).
 */
import { definePreset } from './types';

const HEX = '[0-9a-fA-F]';

export default definePreset({
  id: 'espocrm',
  system: 'EspoCRM',
  sources: [
    'https://github.com/espocrm/espocrm/blob/2cde9d980f84cfc3caa1adf3275a0817e1e49bfa/client/src/router.js (routeList: ":controller/view/:id")',
    'https://github.com/espocrm/espocrm/blob/2cde9d980f84cfc3caa1adf3275a0817e1e49bfa/client/src/app.js (Backbone.history.start without pushState: the hash)',
    'https://github.com/espocrm/espocrm/blob/2cde9d980f84cfc3caa1adf3275a0817e1e49bfa/application/Espo/Core/Utils/Util.php (generateId: uniqid() . substr(md5(rand()), 0, 4))',
    'https://github.com/espocrm/espocrm/blob/2cde9d980f84cfc3caa1adf3275a0817e1e49bfa/application/Espo/Core/Utils/Id/DefaultRecordIdGenerator.php (17 hex characters, or uuid4)',
  ],
  rule: {
    match: ['*/#Account*', '*/#Contact*', '*/#Lead*'],
    strategies: [
      {
        kind: 'url',
        pattern: `#(?:Account|Contact|Lead)/view/(${HEX}{17}|${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12})(?:[/?]|$)`,
      },
    ],
  },
  open: '/#Account/view/{id}',
  openFrom: ['*/#Account/*'],
  fixtures: {
    client: { path: '/fixtures/presets/espocrm/client/#Account/view/65a1f3c2b4d5e6f70', id: '65a1f3c2b4d5e6f70' },
    next: { click: '[data-nav]', id: '65a1f3c2b4d5e6f71' },
    list: '/fixtures/presets/espocrm/list/#Account',
  },
});
