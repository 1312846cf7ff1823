/**
 * What the built pages load before their first frame, pinned: the popup's opening budget depends on it (each file
 * an extension page loads costs a request through the browser process, ~4 ms apiece here), and the build gets it
 * from public Rollup options in wxt.config.ts (`experimentalMinChunkSize`, and the popup's rules in the shared style sheet) rather than from
 * knowing WXT's module ids, so a WXT or Rollup upgrade that changes it fails here instead of slowing the popup.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { collect, htmlEntry } from '../../scripts/lib/bundle-sizes.mjs';
import { describe, expect, test } from './support/fixture';

const dir = () => inject('extensionDir');
const loads = async (page: string) => [...(await htmlEntry(dir(), page))].filter((f) => !f.endsWith('.html'));
/** A string only Dexie's own code holds: the database side must not load before the popup's first frame. */
const DEXIE = 'MissingAPIError';

describe('the built popup', () => {
  // Three: its own, the pages' common chunk and the shared components'. The meeting reminders it shows live apart from
  // the meeting schemas (lib/meeting-reminder.ts), which Rollup would not merge into a chunk (their builders are
  // side effects to it) and which once made a fourth file.
  test('loads at most three scripts and one style sheet before its first frame, and no database code', async () => {
    const files = await loads('popup.html');
    expect(files.filter((f) => f.endsWith('.js')).length).toBeLessThanOrEqual(3);
    expect(files.filter((f) => f.endsWith('.css'))).toHaveLength(1);
    for (const f of files.filter((f) => f.endsWith('.js'))) expect(await readFile(f, 'utf8'), f).not.toContain(DEXIE);
  });

  test('loads the database side only when it asks for it, after the first frame', async () => {
    const entry = (await loads('popup.html'))[0]!;
    const dynamic = [...(await readFile(entry, 'utf8')).matchAll(/import\(["']\.\/([^"']+)["']\)/g)].map((m) => m[1]!);
    expect(dynamic.length).toBeGreaterThan(0);
    const later = new Set<string>();
    for (const f of dynamic) await collect(dir(), join(dir(), 'chunks', f), later);
    const code = await Promise.all([...later].map((f) => readFile(f, 'utf8')));
    expect(code.some((c) => c.includes(DEXIE))).toBe(true);
  });
});

describe('the built manifest', () => {
  const manifest = async () => JSON.parse(await readFile(join(dir(), 'manifest.json'), 'utf8')) as Record<string, unknown>;

  test('asks for exactly the permissions docs/permissions.md gives reasons for, and nothing that opens Pacer up', async () => {
    const m = await manifest();
    expect(m.permissions).toEqual(['storage', 'sidePanel', 'scripting']);
    expect(m.host_permissions).toEqual(['http://127.0.0.1/*']); // the e2e build's CRM_ORIGINS
    expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    for (const key of [
      'optional_permissions',
      'web_accessible_resources',
      'externally_connectable',
      'content_security_policy',
      'content_scripts',
      'key',
      'update_url',
    ]) {
      expect(m[key], key).toBeUndefined();
    }
    const reviewed = await readFile(join(dir(), '..', '..', 'docs', 'permissions.md'), 'utf8');
    for (const p of m.permissions as string[]) expect(reviewed, p).toContain(`permissions: ${p}`);
  });

  test('loads no code from outside the package', async () => {
    for (const page of ['popup.html', 'sidepanel.html', 'options.html']) {
      const html = await readFile(join(dir(), page), 'utf8');
      expect(html, page).not.toMatch(/(?:src|href)=["'](?:https?:)?\/\//i);
    }
    const m = await manifest();
    expect((m.background as { service_worker?: string }).service_worker).toBe('background.js');
    const scripts = (await readdir(dir(), { recursive: true })).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    for (const file of scripts)
      expect(await readFile(join(dir(), file), 'utf8'), file).not.toMatch(/import\(\s*["']https?:|importScripts\(/);
  });
});
