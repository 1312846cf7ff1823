/**
 * The UI's two languages. Simplified Chinese is the default; English is chosen when the browser prefers it
 * or the RM overrides it in the options. Components never hold literals: they call `t(key, params)`.
 */
import type backup from './catalog/backup';
import type book from './catalog/book';
import bookEntry from './catalog/book-entry';
import calendar from './catalog/calendar';
import capture from './catalog/capture';
import card from './catalog/card';
import clientId from './catalog/client-id';
import common from './catalog/common';
import dataPages from './catalog/data-pages';
import grid from './catalog/grid';
import type handover from './catalog/handover';
import type handoverNotes from './catalog/handover-notes';
import help from './catalog/help';
import type helpPages from './catalog/help-pages';
import type dataImport from './catalog/import';
import ladder from './catalog/ladder';
import meeting from './catalog/meeting';
import type options from './catalog/options';
import pacing from './catalog/pacing';
import panel from './catalog/panel';
import pipeline from './catalog/pipeline';
import popup from './catalog/popup';
import type { Entry } from './define';

const pageCatalog = {
  ...common,
  ...panel,
  ...pipeline,
  ...popup,
  ...pacing,
  ...card,
  ...grid,
  ...ladder,
  ...clientId,
  ...bookEntry,
  ...calendar,
  ...capture,
  ...meeting,
  ...dataPages,
  ...help,
} satisfies Record<string, Entry>;

/**
 * Messages only some pages show, registered when what shows them loads, so no other page carries their text: the
 * options page's data sections (import, export, handover, backup; ./late.ts), the card's handover notes
 * (./late-notes.ts), the help pages (./late-help.ts), the options page's own (./late-options.ts), and the book's own (./catalog/book.ts, registered by components/book/BookApp.tsx).
 */
export type LateCatalog = typeof backup &
  typeof dataImport &
  typeof handover &
  typeof handoverNotes &
  typeof helpPages &
  typeof options &
  typeof book;
export type MessageKey = keyof typeof pageCatalog | keyof LateCatalog;

/** Every page's messages; the late ones are there once registered (`translate` finds them). */
export const catalog: typeof pageCatalog & Partial<LateCatalog> = pageCatalog;

const late: Record<string, Entry> = {};

export function registerMessages(messages: Readonly<Record<string, Entry>>): void {
  Object.assign(late, messages);
}
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocalePreference = Locale | 'auto';

/** The browser's preferred languages decide, unless the RM chose one. Any Chinese variant gets zh-CN:
 * it is the only Chinese we ship, and far closer to zh-TW than English is. */
export function pickLocale(browserLanguages: readonly string[], preference: LocalePreference): Locale {
  if (preference !== 'auto') return preference;
  for (const lang of browserLanguages) {
    const l = lang.toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

export type Params = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const entry: Entry | undefined = (catalog as Record<string, Entry>)[key] ?? late[key];
  if (!entry) return key;
  const text = locale === 'en' ? entry.en : entry.zh;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
