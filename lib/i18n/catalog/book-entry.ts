import { defineMessages } from '../define';

/**
 * The book's messages that other pages show (the side panel's, popup's and options' way into the book). Every other
 * message of the book is in ./book.ts, which only the book's page registers (lib/i18n/index.ts, LateCatalog).
 */
export default defineMessages({
  'book.open': { zh: '打开客户簿', en: 'Open the client book' },
  'book.open.short': { zh: '客户簿', en: 'Client book' },
  'book.calls.popup': { zh: '今日联系 {n} 位', en: 'Today’s calls: {n}' },
  'book.calls.popupNone': { zh: '今日联系', en: 'Today’s calls' },
});
