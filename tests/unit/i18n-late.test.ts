/**
 * The data sections' and the handover notes' messages load with them (lib/i18n/late.ts, late-notes.ts): a component anywhere else that used
 * one would show its key. Every literal key a component outside them passes to `t` is in the pages' catalog.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '@/lib/i18n';
import bookMessages from '@/lib/i18n/catalog/book';
import { lateCatalog } from '@/lib/i18n/late';
import { helpPagesCatalog } from '@/lib/i18n/late-help';
import { optionsCatalog } from '@/lib/i18n/late-options';

const LATE_USERS = new Set([
  'DataSections.tsx',
  'HandoverNotes.tsx',
  'ImportSettings.tsx',
  'ExportSettings.tsx',
  'HandoverSettings.tsx',
  'BackupSettings.tsx',
  'said.ts',
]);

const BOOK_BUTTONS = new Set(['OpenBookButton.tsx', 'TodayCallsButton.tsx']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('late messages', () => {
  it('no component outside the data sections uses one', () => {
    const late = new Set(Object.keys(lateCatalog));
    const misplaced: string[] = [];
    for (const file of files(join(process.cwd(), 'components'))) {
      if (LATE_USERS.has(file.split('/').pop()!)) continue;
      // The book's views use the book's messages, which BookApp registers; its two buttons other pages show do not.
      const book = file.includes('/components/book/') && !BOOK_BUTTONS.has(file.split('/').pop()!);
      // The options page registers its own messages (lib/i18n/late-options.ts).
      const options = file.includes('/components/options/');
      const known = (key: string) => key in catalog || (book && key in bookMessages) || (options && key in optionsCatalog);
      for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:t\(|translate\([\w.]+,)\s*'([^']+)'/g))
        if (late.has(m[1]!) || !known(m[1]!)) misplaced.push(`${file}: ${m[1]}`);
    }
    expect(misplaced).toEqual([]);
  });

  it("the late catalogs do not overlap the pages' one", () => {
    expect(Object.keys(lateCatalog).filter((k) => k in catalog)).toEqual([]);
    const others = [helpPagesCatalog, optionsCatalog];
    for (const [i, own] of others.entries())
      expect(Object.keys(own).filter((k) => k in catalog || k in lateCatalog || others.some((o, j) => j !== i && k in o))).toEqual([]);
  });
});
