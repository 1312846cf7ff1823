/**
 * Apache Fineract's front ends: the Mifos X web app (Angular) routes a client as `#/clients/<id>/general` and the
 * client list as `#/clients`; the older community app as `#/viewclient/<id>` and `#/clients`. Client ids are numbers.
 */
import { definePreset } from './types';

export default definePreset({
  id: 'fineract',
  system: 'Apache Fineract / Mifos X',
  sources: [
    'https://github.com/openMF/web-app/blob/dev/src/app/clients/clients-routing.module.ts (clients/:clientId/general)',
    'https://github.com/openMF/community-app/blob/develop/app/scripts/routes.js (/viewclient/:id)',
    'https://fineract.apache.org/docs/current/ (clients API: numeric ids)',
  ],
  rule: {
    match: ['*/#/clients*', '*/#/viewclient/*'],
    strategies: [{ kind: 'url', pattern: '#/(?:clients|viewclient)/(\\d{1,12})(?:[/?]|$)' }],
  },
  fixtures: {
    client: { path: '/fixtures/presets/fineract/client/#/clients/317/general', id: '317' },
    next: { click: '[data-nav]', id: '318' },
    list: '/fixtures/presets/fineract/list/#/clients',
  },
});
