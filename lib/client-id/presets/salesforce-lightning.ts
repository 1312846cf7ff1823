/**
 * Salesforce Lightning Experience (Financial Services Cloud included: a client is a Person Account or an Account).
 * A record page's address is `/lightning/r/<Object>/<record id>/view`, the id 15 characters (case-sensitive) or 18
 * (case-insensitive, what the API returns); Accounts' ids start with `001`. List views are `/lightning/o/<Object>/list`.
 * Lightning is a single-page app: a record opened from another is a pushState.
 *
 * Verified: only the address format and the id's shape, and only from third-party pages (the two cited); Salesforce's
 * own "Lightning Experience URL formats" help page is not in the library this was checked with. Reads Accounts only: a
 * Person Account is also a Contact, under another id, and would be a second client in the book.
 * Not read any more: the Account Number field. Lightning's record layout (`records-record-layout-item`) is an internal
 * component with no public source, and the field is on the Details tab of the layouts that show it, so the same client
 * would read as its Account Number on one tab and its record id on another. A bank that shows its client number
 * writes its own rule for its layout.
 */
import { definePreset } from './types';

export default definePreset({
  id: 'salesforce-lightning',
  system: 'Salesforce Lightning',
  sources: [
    'https://astreait.com/IDs-In-Salesforce/ (an Account at /lightning/r/Account/0019000000DmehKAAR/view; 15- and 18-character ids, 001 for Account)',
    'https://urleditor.online/guides/salesforce (Lightning record /lightning/r/{Object}/{Id}/view, list /lightning/o/{Object}/list)',
    'https://developer.salesforce.com/docs/platform/aura-platform/guide/components-navigation.html (pageReference: Salesforce may change its URL formats)',
  ],
  rule: {
    match: ['*/lightning/r/*', '*/lightning/o/*', '*/lightning/page/*'],
    strategies: [{ kind: 'url', pattern: '/lightning/r/Account/([A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?)/view' }],
  },
  open: '/lightning/r/Account/{id}/view',
  fixtures: {
    client: { path: '/fixtures/presets/salesforce-lightning/client/lightning/r/Account/001Dn00000Abc12IAB/view', id: '001Dn00000Abc12IAB' },
    next: { click: '[data-nav]', id: '001Dn00000Xyz98IAB' },
    list: '/fixtures/presets/salesforce-lightning/list/lightning/o/Account/list?filterName=Recent',
  },
});
