/**
 * Every message, the core catalog and the pages' own (the book's), as one object: for the tests that check all of
 * them. No page imports this (it would carry the book's messages everywhere).
 */
import { catalog, type MessageKey } from '.';
import book from './catalog/book';
import type { Entry } from './define';

export const allMessages = { ...catalog, ...book } satisfies Record<MessageKey, Entry>;
