// IndexedDB for Dexie in unit tests only; end-to-end tests use the browser's real one.
import 'fake-indexeddb/auto';
