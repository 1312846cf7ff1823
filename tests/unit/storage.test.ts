/**
 * platform/storage.ts (and the site rules' item, platform/site-rules.ts): every key parsed on read (a damaged value
 * reads as the default), one key per item of a family, changes watched across contexts (parsed, or only told), and
 * a key whose shape changes migrated once, in order, and marked with its version. WXT's fakeBrowser holds the storage
 * areas.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { siteRules } from '@/platform/site-rules';
import { defineItem, pendingUndo, settings, watchKeys } from '@/platform/storage';

beforeEach(() => fakeBrowser.reset());

describe('storage items', () => {
  it('parse what they read: defaults for what is missing or damaged, field by field where the parser says so', async () => {
    expect(await settings.get()).toEqual({
      locale: 'auto',
      rmName: '',
      branch: '',
      dormantAfterMonths: 12,
      openSections: {},
      backupReminderDays: 7,
    });
    await fakeBrowser.storage.local.set({ settings: { locale: 'fr', rmName: 7, branch: '城东支行', extra: 1 } });
    // A damaged field falls back alone; a field a newer Pacer wrote is kept.
    expect(await settings.get()).toEqual({
      locale: 'auto',
      rmName: '',
      branch: '城东支行',
      dormantAfterMonths: 12,
      openSections: {},
      backupReminderDays: 7,
      extra: 1,
    });
    await settings.set({
      locale: 'en',
      rmName: '李明',
      branch: '',
      dormantAfterMonths: 6,
      openSections: { scripts: true },
      backupReminderDays: 7,
    });
    expect(await settings.get()).toEqual({
      locale: 'en',
      rmName: '李明',
      branch: '',
      dormantAfterMonths: 6,
      openSections: { scripts: true },
      backupReminderDays: 7,
    });
    await fakeBrowser.storage.local.set({ siteRules: [{ id: 'x' }, 'junk'] });
    expect(await siteRules.get()).toEqual([]);
  });

  it('a family keeps one key per id, and removing one leaves the others', async () => {
    await pendingUndo('a').set({ seq: 1, tabId: 2, expires: 3 });
    await pendingUndo('b').set({ seq: 4, tabId: 5, expires: 6 });
    await pendingUndo('a').remove();
    expect(await fakeBrowser.storage.session.get()).toEqual({ 'undo:b': { seq: 4, tabId: 5, expires: 6 } });
    expect(await pendingUndo('a').get()).toBeNull();
  });

  it('watch: called with the parsed new value when any context writes the key, and not for other keys', async () => {
    const seen: unknown[] = [];
    const stop = settings.watch((v) => seen.push(v));
    await fakeBrowser.storage.local.set({ settings: { locale: 'zh-CN' } });
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.session.set({ settings: { locale: 'en' } });
    stop();
    await fakeBrowser.storage.local.set({ settings: { locale: 'en' } });
    expect(seen).toEqual([{ locale: 'zh-CN', rmName: '', branch: '', dormantAfterMonths: 12, openSections: {}, backupReminderDays: 7 }]);
  });

  it('watchKeys: told of a change to any of its keys in its area, once per write, and of nothing else', async () => {
    let told = 0;
    const stop = watchKeys('local', ['siteRules', 'presetsOff'], () => told++);
    await fakeBrowser.storage.local.set({ siteRules: 'not even rules' });
    await fakeBrowser.storage.local.set({ siteRules: [], presetsOff: [] });
    await fakeBrowser.storage.local.set({ settings: {} });
    await fakeBrowser.storage.session.set({ presetsOff: [] });
    expect(told).toBe(2);
    stop();
    await fakeBrowser.storage.local.set({ presetsOff: ['x'] });
    expect(told).toBe(2);
  });

  it('a key of version 3 migrates a value written at version 1 once, step by step, and records its version', async () => {
    const parse = (raw: unknown) =>
      typeof raw === 'object' && raw !== null && 'names' in raw ? (raw as { names: string[] }) : { names: [] };
    const steps: number[] = [];
    const item = defineItem('local', 'people', {
      parse,
      version: 3,
      migrations: {
        2: (v) => {
          steps.push(2);
          return { list: String(v).split(',') };
        },
        3: (v) => {
          steps.push(3);
          return { names: (v as { list: string[] }).list.map((n) => n.trim()) };
        },
      },
    });
    await fakeBrowser.storage.local.set({ people: 'ann, bo' });
    expect(await item.get()).toEqual({ names: ['ann', 'bo'] });
    expect(await item.get()).toEqual({ names: ['ann', 'bo'] });
    expect(steps).toEqual([2, 3]);
    expect(await fakeBrowser.storage.local.get()).toEqual({ people: { names: ['ann', 'bo'] }, people$: { v: 3 } });
    await item.set({ names: ['cy'] });
    expect((await fakeBrowser.storage.local.get('people$')).people$).toEqual({ v: 3 });
  });
});
