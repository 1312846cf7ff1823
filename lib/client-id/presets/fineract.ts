/**
 * Apache Fineract's front ends. The Mifos X web app (Angular, `useHash: true`) routes a client as `#/clients/<id>`,
 * redirected to `#/clients/<id>/general` (and its other tabs, `#/clients/<id>/address`…), the list as `#/clients`, a
 * new client as `#/clients/create`; the older community app as `#/viewclient/<id>`. Client ids are Fineract's numeric
 * ids (`clientId`, a Long, in the clients API's paths).
 *
 * Verified against openMF/web-app (at 7ab980c): the hash routing and the client routes. The community app's
 * `/viewclient/:id` and Fineract's numeric `clientId` (`@PathParam("clientId") final Long clientId`) were seen in
 * code-search excerpts that do not name their repository (copies of those files): likely, not checked file by file.
 */
import { definePreset } from './types';

export default definePreset({
  id: 'fineract',
  system: 'Apache Fineract / Mifos X',
  sources: [
    'https://github.com/openMF/web-app/blob/7ab980c2bac798c23a2d747dbd943c28dade699a/src/app/app-routing.module.ts (useHash: true)',
    'https://github.com/openMF/web-app/blob/7ab980c2bac798c23a2d747dbd943c28dade699a/src/app/clients/clients-routing.module.ts (clients, :clientId, redirectTo general)',
    'https://github.com/openMF/community-app/blob/51d4e51d04333e9a498facbaabcfcfca78d24a84/app/scripts/routes.js (/viewclient/:id)',
    'https://github.com/apache/fineract/tree/develop/fineract-provider/src/main/java/org/apache/fineract/portfolio/client/api (the client API resources: clientId a Long)',
  ],
  rule: {
    match: ['*/#/clients*', '*/#/viewclient/*'],
    strategies: [{ kind: 'url', pattern: '#/(?:clients|viewclient)/(\\d{1,12})(?:[/?]|$)' }],
  },
  open: '/#/clients/{id}/general',
  fixtures: {
    client: { path: '/fixtures/presets/fineract/client/#/clients/317/general', id: '317' },
    next: { click: '[data-nav]', id: '318' },
    list: '/fixtures/presets/fineract/list/#/clients',
  },
});
