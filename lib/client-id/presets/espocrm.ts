/**
 * EspoCRM. A single-page app routed in the hash: `#Account/view/<id>`, `#Contact/view/<id>`, `#Lead/view/<id>`; the
 * list is `#Account`. Record ids are 17 characters (Espo\Core\Utils\Util::generateId: a hex time and random part).
 */
import { definePreset } from './types';

export default definePreset({
  id: 'espocrm',
  system: 'EspoCRM',
  sources: [
    'https://github.com/espocrm/espocrm/blob/master/client/src/router.js (#<Entity>/view/<id>)',
    'https://github.com/espocrm/espocrm/blob/master/application/Espo/Core/Utils/Util.php (generateId)',
  ],
  rule: {
    match: ['*/#Account*', '*/#Contact*', '*/#Lead*'],
    strategies: [{ kind: 'url', pattern: '#(?:Account|Contact|Lead)/view/([0-9A-Za-z]{8,24})(?:[/?]|$)' }],
  },
  fixtures: {
    client: { path: '/fixtures/presets/espocrm/client/#Account/view/65a1f3c2b4d5e6f70', id: '65a1f3c2b4d5e6f70' },
    next: { click: '[data-nav]', id: '65a1f3c2b4d5e6f71' },
    list: '/fixtures/presets/espocrm/list/#Account',
  },
});
