/**
 * The client book's reads and writes on this context's database (lib/db/book.ts, call-list.ts, demo.ts), apart from
 * `data` so that only the book's page carries them: the side panel, popup and options do not.
 */
import * as book from '@/lib/db/book';
import * as calls from '@/lib/db/call-list';
import * as demo from '@/lib/db/demo';
import { bound } from './database';

export const bookData = {
  ...bound(book),
  ...bound(calls),
  ...bound(demo),
};
