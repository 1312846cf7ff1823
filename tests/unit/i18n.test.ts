import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog as pageCatalog, pickLocale, translate } from '@/lib/i18n';
import bookMessages from '@/lib/i18n/catalog/book';
import { lateCatalog } from '@/lib/i18n/late';
import { helpPagesCatalog } from '@/lib/i18n/late-help';
import { optionsCatalog } from '@/lib/i18n/late-options';

const catalog = { ...pageCatalog, ...lateCatalog, ...helpPagesCatalog, ...optionsCatalog, ...bookMessages };

describe('languages', () => {
  it.each([
    [['zh-CN', 'en'], 'auto', 'zh-CN'],
    [['zh-TW'], 'auto', 'zh-CN'],
    [['en-US', 'zh-CN'], 'auto', 'en'],
    [['fr-FR', 'en-GB'], 'auto', 'en'],
    [['fr-FR'], 'auto', 'zh-CN'],
    [[], 'auto', 'zh-CN'],
    [['zh-CN'], 'en', 'en'],
    [['en-US'], 'zh-CN', 'zh-CN'],
  ] as const)('browser %j with preference %s → %s', (langs, pref, expected) => {
    expect(pickLocale(langs, pref)).toBe(expected);
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'panel.client.via', { via: '客户号' })).toBe('识别依据：客户号');
    expect(translate('en', 'panel.client.via', { via: 'label' })).toBe('Found by: label');
    expect(translate('en', 'panel.client.via')).toBe('Found by: {via}');
  });

  it('every message has non-empty text in both languages, with the same placeholders', () => {
    for (const [key, entry] of Object.entries(catalog)) {
      expect(entry.zh.trim(), key).not.toBe('');
      expect(entry.en.trim(), key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(entry.en), key).toEqual(names(entry.zh));
    }
  });

  it('the English text is English: no Chinese characters in it', () => {
    for (const [key, entry] of Object.entries(catalog)) {
      if (key.startsWith('options.language.')) continue; // language names are written in their own script
      expect(/[\u4e00-\u9fff]/.test(entry.en), key).toBe(false);
    }
  });
});

/** Convention: UI text lives in lib/i18n, never as a literal in a component. */
describe('no string literals in components', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name)) files.push(p);
    }
  };
  walk(join(__dirname, '..', '..', 'components'));
  walk(join(__dirname, '..', '..', 'entrypoints'));

  it.each(files)('%s holds no Chinese text', (file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code.match(/[\u4e00-\u9fff]+/g)).toBeNull();
  });

  it.each(files.filter((f) => f.endsWith('.tsx')))('%s renders no bare English words between tags', (file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    // Text nodes like `>Save<` in JSX; `{t('…')}` and symbols such as `⧉` are fine, and so is an arrow's
    // return type (`=> Promise<T>`), which is not a tag's end.
    expect(code.match(/(?<![=])>\s*[A-Za-z][A-Za-z ,.'!?-]{2,}\s*</g)).toBeNull();
  });
});

/**
 * Convention: the book's messages (lib/i18n/catalog/book.ts) are loaded by the book's page only, so a message any
 * other page shows is in the core catalog: every key a file outside components/book names, and those of the book's
 * buttons that the side panel, popup and options show.
 */
describe('messages other pages show are in the core catalog', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (!p.endsWith(join('components', 'book'))) walk(p);
      } else if (/\.tsx?$/.test(name)) files.push(p);
    }
  };
  const root = join(__dirname, '..', '..');
  walk(join(root, 'components'));
  walk(join(root, 'entrypoints'));
  files.push(join(root, 'components', 'book', 'OpenBookButton.tsx'), join(root, 'components', 'book', 'TodayCallsButton.tsx'));

  it.each(files)('%s', (file) => {
    const keys = [...readFileSync(file, 'utf8').matchAll(/\b(?:t\(|translate\([\w.]+,)\s*'([\w.]+)'/g)].map((m) => m[1]!);
    // The options page registers its own messages (lib/i18n/late-options.ts).
    const own = (k: string) => file.includes(join('components', 'options')) && k in optionsCatalog;
    expect(keys.filter((k) => !(k in pageCatalog) && !(k in lateCatalog) && !own(k))).toEqual([]);
  });
});
