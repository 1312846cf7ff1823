/**
 * Every message, the core catalog and the late ones (the options page's and its data sections', the help pages', the
 * book's), as one object: for the tests that check all of them. No page imports this (it would carry every page's messages everywhere).
 */
import { catalog, type MessageKey } from '.';
import book from './catalog/book';
import type { Entry } from './define';
import { lateCatalog } from './late';
import { helpPagesCatalog } from './late-help';
import { optionsCatalog } from './late-options';

export const allMessages = {
  ...catalog,
  ...lateCatalog,
  ...helpPagesCatalog,
  ...optionsCatalog,
  ...book,
} satisfies Record<MessageKey, Entry>;
