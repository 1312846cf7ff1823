// IndexedDB for Dexie in unit tests only; end-to-end tests use the browser's real one.
import 'fake-indexeddb/auto';
// The options page's data sections register their messages when they load; the tests read them all.
import '@/lib/i18n/late';
import '@/lib/i18n/late-help';
import '@/lib/i18n/late-options';
