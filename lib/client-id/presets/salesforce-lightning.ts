/**
 * Salesforce Lightning Experience (Financial Services Cloud included: a client is a Person Account or an Account).
 * A record page's address is `/lightning/r/<Object>/<15- or 18-character record id>/view`; the record's Account
 * Number, when the layout shows it, sits in a `records-record-layout-item` whose `field-label` names it, the value in
 * a `lightning-formatted-text`. List views are `/lightning/o/<Object>/list`. Lightning is a single-page app: a record
 * opened from another is a pushState.
 */
import { definePreset } from './types';

export default definePreset({
  id: 'salesforce-lightning',
  system: 'Salesforce Lightning',
  sources: [
    'https://help.salesforce.com/s/articleView?id=sf.lex_url_formats.htm (Lightning Experience URL formats)',
    'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_account.htm (Account.AccountNumber)',
    'https://developer.salesforce.com/docs/component-library/bundle/lightning-formatted-text (lightning-formatted-text)',
  ],
  rule: {
    match: ['*/lightning/r/*', '*/lightning/o/*', '*/lightning/page/*'],
    strategies: [
      { kind: 'selector', selector: 'records-record-layout-item[field-label="Account Number"] lightning-formatted-text' },
      { kind: 'url', pattern: '/lightning/r/(?:Account|Contact|Lead)/([A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?)/view' },
    ],
  },
  fixtures: {
    client: { path: '/fixtures/presets/salesforce-lightning/client/lightning/r/Account/001Dn00000Abc12IAB/view', id: 'FSC-004417' },
    next: { click: '[data-nav]', id: '001Dn00000Xyz98IAB' },
    list: '/fixtures/presets/salesforce-lightning/list/lightning/o/Account/list?filterName=Recent',
  },
});
