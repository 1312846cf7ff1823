import { describe, expect, it } from 'vitest';
import { HELP_CONTENT } from '@/components/help/help-content';
import { HELP_PAGES, isHelpPage } from '@/lib/help-pages';
import type { MessageKey } from '@/lib/i18n';
import { allMessages as catalog } from '@/lib/i18n/all-messages';
import { isOptionsSection, OPTIONS_SECTIONS } from '@/lib/options-sections';
import { PANEL_KEYS, panelAction } from '@/lib/panel-keys';

const press = (key: string, extra: Partial<Parameters<typeof panelAction>[0]> = {}) =>
  panelAction({ key, ctrlKey: false, altKey: false, metaKey: false, inField: false, ...extra });

describe('the panel’s single keys', () => {
  it('map each key to its action, upper or lower case', () => {
    expect(press('c')).toBe('copyScript');
    expect(press('C')).toBe('copyScript');
    expect(press('p')).toBe('addDeal');
    expect(press('l')).toBe('logContact');
    expect(press('n')).toBe('nextScript');
    expect(press('j')).toBe('nextSection');
    expect(press('k')).toBe('previousSection');
    expect(press('?')).toBe('help');
  });

  it('never act while the RM types in a field, or with a modifier held (the browser’s and the CRM’s keys)', () => {
    expect(press('p', { inField: true })).toBeNull();
    expect(press('c', { ctrlKey: true })).toBeNull();
    expect(press('l', { altKey: true })).toBeNull();
    expect(press('j', { metaKey: true })).toBeNull();
  });

  it('ignore every other key, named keys included', () => {
    for (const key of ['x', 'Enter', 'Escape', 'Tab', ' ', 'ArrowDown', 'F1', 'constructor', '__proto__']) expect(press(key)).toBeNull();
  });

  it('each action has its help line in both languages, and no two keys share an action', () => {
    const actions = Object.values(PANEL_KEYS);
    expect(new Set(actions).size).toBe(actions.length);
    for (const a of actions) expect(catalog[`keys.${a}` as MessageKey], a).toBeDefined();
  });
});

describe('anchors and help pages', () => {
  it('every options section is an anchor the page knows, and nothing else is', () => {
    for (const s of OPTIONS_SECTIONS) expect(isOptionsSection(s)).toBe(true);
    for (const s of ['', 'target', 'TARGETS', 'constructor', '#targets']) expect(isOptionsSection(s)).toBe(false);
    expect(new Set(OPTIONS_SECTIONS).size).toBe(OPTIONS_SECTIONS.length);
    for (const s of OPTIONS_SECTIONS) expect(catalog[`options.nav.${s}` as MessageKey], s).toBeDefined();
  });

  it('every help page has its title and every section its title and body in both languages', () => {
    for (const p of ['', 'site_rules', 'toString']) expect(isHelpPage(p)).toBe(false);
    for (const page of HELP_PAGES) {
      expect(isHelpPage(page)).toBe(true);
      expect(catalog[`help.page.${page}` as MessageKey], page).toBeDefined();
      expect(HELP_CONTENT[page].length).toBeGreaterThan(0);
      for (const s of HELP_CONTENT[page]) {
        for (const key of [s.title, s.body]) {
          const entry = catalog[key]!;
          expect(entry, key).toBeDefined();
          expect(entry.zh.trim(), key).not.toBe('');
          expect(entry.en.trim(), key).not.toBe('');
        }
      }
    }
  });
});
