/**
 * Every chrome.storage key Pacer uses, declared once: its area, how it is parsed (on every read: storage outlives
 * versions of Pacer and is shared by every context), its default, and its version. A value that does not parse
 * reads as the default, never as something wrong.
 *
 * Versions: a key's shape changes by raising `version` and adding `migrations[n]` (from version n-1 to n); the
 * version a value was written in is kept beside it under `<key>$` (WXT storage's convention), absent meaning 1.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { LastBackupSchema } from '@/lib/backup/reminder';
import { ClientSourcesSchema } from '@/lib/client-id/client-source';
import { POLICY_CACHE_KEY, PRESETS_OFF_KEY } from '@/lib/client-id/rule-types';
import { TabClientSchema } from '@/lib/client-id/tab-client';
import { PendingUndoSchema } from '@/lib/commands';
import { RememberedMappingsSchema } from '@/lib/import/mapping';
import { PacingSnapshotSchema } from '@/lib/pacing/figures';
import { PacingPolicySchema } from '@/lib/pacing/targets';
import { parseSettings } from '@/lib/settings';

type Area = 'local' | 'session';

export interface StorageItem<T> {
  readonly area: Area;
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with the new value whenever any context changes it; returns the unsubscribe. */
  watch(onChange: (value: T) => void): () => void;
}

interface Spec<T> {
  parse: (raw: unknown) => T;
  version?: number;
  migrations?: Readonly<Record<number, (previous: unknown) => unknown>>;
}

/** Parses with a schema; anything else reads as `fallback`. */
function orDefault<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, fallback: T) {
  return (raw: unknown): T => {
    const r = schema.safeParse(raw);
    return r.success ? r.data : fallback;
  };
}

export function defineItem<T>(area: Area, key: string, { parse, version = 1, migrations = {} }: Spec<T>): StorageItem<T> {
  const storage = () => browser.storage[area];
  const metaKey = `${key}$`;
  return {
    area,
    key,
    async get() {
      if (version === 1) return parse((await storage().get(key))[key]);
      const got = await storage().get([key, metaKey]);
      let value = got[key];
      const from = (got[metaKey] as { v?: unknown } | undefined)?.v;
      const stored = typeof from === 'number' ? from : 1;
      if (value !== undefined && stored < version) {
        for (let v = stored + 1; v <= version; v++) value = migrations[v]?.(value) ?? value;
        await storage().set({ [key]: value, [metaKey]: { v: version } });
      }
      return parse(value);
    },
    async set(value) {
      await storage().set(version === 1 ? { [key]: value } : { [key]: value, [metaKey]: { v: version } });
    },
    async remove() {
      await storage().remove(version === 1 ? key : [key, metaKey]);
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, changed: string) => {
        if (changed === area && key in changes) onChange(parse(changes[key]?.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/**
 * Calls back whenever any context changes one of `keys` in `area`, without reading or parsing them (a page that only
 * needs to know that something changed does not load every item's parser); returns the unsubscribe.
 */
export function watchKeys(area: Area, keys: readonly string[], onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, changed: string) => {
    if (changed === area && keys.some((k) => k in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Items of one kind under one prefix, one per id (a tab, a pending undo). */
function defineFamily<T>(area: Area, prefix: string, spec: Spec<T>): (id: string | number) => StorageItem<T> {
  return (id) => defineItem(area, `${prefix}${id}`, spec);
}

/** The RM's own settings (language). */
export const settings = defineItem('local', 'settings', { parse: parseSettings });

/** When this profile last exported a backup, and its file name (the popup's reminder and the options read it). */
export const lastBackup = defineItem('local', 'lastBackup', { parse: orDefault(LastBackupSchema, null) });

/** The column mapping the RM last chose for each set of client-list headers (lib/import/fields.ts). */
export const importMappings = defineItem('local', 'importMappings', { parse: orDefault(RememberedMappingsSchema, {}) });

/** Which rule read each client whose rule can open its screen in the CRM (lib/client-id/client-source.ts; the
 * background's alone). */
export const clientSources = defineItem('local', 'clientSources', { parse: orDefault(ClientSourcesSchema, {}) });

/** The CRM addresses (match patterns, as the options list them) on which the RM switched the built-in presets off; the
 * page script watches it. */
export const presetsOff = defineItem('local', PRESETS_OFF_KEY, {
  parse: orDefault(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(500)), []),
});

/** The CRM addresses (match patterns, as the options list them) on which the RM switched field capture on (off
 * elsewhere); only the side panel reads it, when a card opens (platform/field-capture.ts). */
export const fieldCaptureOn = defineItem('local', 'fieldCaptureOn', {
  parse: orDefault(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(500)), []),
});

/**
 * The bank's pacing policy as last read: `storage.managed.get()` can take long, or (headless Chromium without any
 * policy installed) never settle, and the popup and one-click defaults must not wait for it.
 */
export const pacingPolicyCache = defineItem('local', 'pacingPolicyCache', { parse: orDefault(PacingPolicySchema, {}) });

/**
 * The client-ID part of the bank's policy as last read (`clientIdRules`, `crmOrigins`; null: never read on this
 * profile). Reading and registration start from it and never wait for `storage.managed`, which answers seconds after
 * the browser starts, or never; when the live policy answers with something else, this is replaced, and every
 * reader watching it (the page script too) reads again. Its values are parsed where they are used (parsePolicy).
 */
export const clientIdPolicyCache = defineItem('local', POLICY_CACHE_KEY, {
  parse: orDefault(z.nullable(z.record(z.string(), z.unknown())), null),
});

/** Today's figures as last computed, for the popup's first frame. Session storage: memory only, gone with the
 * browser session, kept while the worker is stopped, unreadable to content scripts. */
export const todayFigures = defineItem('session', 'todayFigures', { parse: orDefault(PacingSnapshotSchema, null) });

/** What is on each tab's CRM screen (written by the background, read by the panels). */
export const tabClient = defineFamily('session', 'tab:', { parse: orDefault(TabClientSchema, null) });

/** A sentiment tag the confirmation on the CRM page may still undo, under a random token. */
export const pendingUndo = defineFamily('session', 'undo:', { parse: orDefault(PendingUndoSchema, null) });
