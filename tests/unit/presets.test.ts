/**
 * The built-in presets' conventions, enforced (lib/client-id/presets/types.ts): one file per system, listed once,
 * each a valid site rule (its patterns pass the same safety checks as the bank's), with public sources, and with a
 * client screen and a list screen under demo-crm/fixtures/presets/<id>/ that it reads as it says (the exact ID, and
 * "no client"). Each fixture is read here in happy-dom, and end to end in tests/e2e/client-id-presets.e2e.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClientId } from '@/lib/client-id/detect';
import { expandOpenAddress, templateProblem } from '@/lib/client-id/open-address';
import { PRESET_RULES, PRESETS, presetOf, presetRulesFor } from '@/lib/client-id/presets';
import { PRESET_SYSTEMS } from '@/lib/client-id/presets/systems';
import { globMatches, ruleMatchesUrl } from '@/lib/client-id/rule-types';
import { rulesForOrigin, SiteRuleSchema } from '@/lib/client-id/rules';

const ROOT = join(__dirname, '..', '..');
const PRESET_DIR = join(ROOT, 'lib', 'client-id', 'presets');
const FIXTURE_DIR = join(ROOT, 'demo-crm', 'fixtures', 'presets');
const ORIGIN = 'http://127.0.0.1:8808';

/** The fixture page at `path` (served as presets/<id>/<screen>.html, demo-crm/fixtures.mjs), at that address. */
function fixture(path: string): Document {
  const m = /^\/fixtures\/presets\/([a-z0-9-]+)\/(client|list)\//.exec(path);
  if (!m) throw new Error(`not a preset fixture path: ${path}`);
  const html = readFileSync(join(FIXTURE_DIR, m[1]!, `${m[2]}.html`), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  Object.defineProperty(doc, 'URL', { value: ORIGIN + path });
  // A parsed document shares happy-dom's window, whose address is not the fixture's: the detector then reads doc.URL.
  Object.defineProperty(doc, 'defaultView', { value: null });
  return doc;
}

/** The first preset whose globs match `url`: the one that decides there. */
const decidingPreset = (url: string) =>
  PRESETS.find((p) =>
    PRESET_RULES.find((r) => r.id === `preset:${p.id}`)!.match.some((g) =>
      ruleMatchesUrl({ id: '', name: '', match: [g], strategies: [] }, url),
    ),
  );

describe('every preset is a file, listed once, with sources and fixtures', () => {
  it('covers at least eight systems, one file each, every file listed', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(8);
    const files = readdirSync(PRESET_DIR)
      .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'systems.ts'].includes(f))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(PRESETS.map((p) => p.id).sort()).toEqual(files);
    expect(new Set(PRESETS.map((p) => p.system)).size).toBe(PRESETS.length);
    // The settings page's list of names, kept apart so that page does not load the presets.
    expect(PRESET_SYSTEMS).toEqual(PRESETS.map((p) => p.system));
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: a valid site rule with public sources and fixture pages', (_, preset) => {
    const rule = PRESET_RULES.find((r) => r.id === `preset:${preset.id}`)!;
    const parsed = SiteRuleSchema.safeParse(rule);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(rule.name).toBe(preset.system);
    expect(presetOf(rule.id)).toBe(preset);
    // A bank hosts these on its own origins: globs never name a host.
    for (const g of preset.rule.match) expect(g.startsWith('*')).toBe(true);
    expect(rule.match).toHaveLength(2 * preset.rule.match.length);
    expect(preset.sources.length).toBeGreaterThan(0);
    for (const s of preset.sources) expect(s).toMatch(/^https:\/\/\S+/);
    expect(existsSync(join(FIXTURE_DIR, preset.id, 'client.html'))).toBe(true);
    expect(existsSync(join(FIXTURE_DIR, preset.id, 'list.html'))).toBe(true);
    expect(preset.fixtures.client.path.startsWith(`/fixtures/presets/${preset.id}/client/`)).toBe(true);
    expect(preset.fixtures.list.startsWith(`/fixtures/presets/${preset.id}/list/`)).toBe(true);
  });
});

describe('each preset reads its fixtures (happy-dom)', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: the exact ID on the client screen, "no client" on the list', (_, preset) => {
    const { client, list } = preset.fixtures;
    // Its own fixtures are decided by it, not by another preset that comes first.
    expect(decidingPreset(ORIGIN + client.path)?.id).toBe(preset.id);
    expect(decidingPreset(ORIGIN + list)?.id).toBe(preset.id);
    const found = detectClientId(fixture(client.path), PRESET_RULES);
    expect(found).toMatchObject({ clientId: client.id, rule: preset.system });
    expect(detectClientId(fixture(list), PRESET_RULES)).toBeNull();
  });

  it('every preset is sent to pages on any http or https origin', () => {
    for (const origin of ['http://10.0.0.5:8080', 'https://crm.bank.example'])
      expect(rulesForOrigin(PRESET_RULES, `${origin}/any/page`).map((r) => r.id)).toEqual(PRESET_RULES.map((r) => r.id));
  });

  it('no preset claims the demo CRM’s own screens or the zero-config fixtures', () => {
    for (const path of [
      '/crm/client?cust=8800000001',
      '/crm/clients',
      '/crm/index',
      '/fixtures/distractors.html',
      '/fixtures/spa/client/8800010001',
      '/fixtures/frames/',
    ])
      expect(decidingPreset(ORIGIN + path)).toBeUndefined();
  });
});

describe('where presets apply', () => {
  const url = 'https://crm.bank.example/lightning/r/Account/001Dn00000Abc12IAB/view';
  it('on every origin Pacer reads, unless the RM or the bank switched them off there', () => {
    expect(presetRulesFor(url, [], [])).toBe(PRESET_RULES);
    expect(presetRulesFor(url, ['https://crm.bank.example/*'], [])).toEqual([]);
    expect(presetRulesFor(url, ['https://other.bank.example/*'], [])).toBe(PRESET_RULES);
    expect(presetRulesFor(url, [], ['https://crm.bank.example/*'])).toEqual([]);
    expect(presetRulesFor(url, [], ['https://*/*'])).toEqual([]);
    expect(presetRulesFor(url, [], ['http://*/*'])).toBe(PRESET_RULES);
    expect(presetRulesFor('not a url', [], [])).toEqual([]);
  });
});

describe('each preset opens its client’s record (open in the CRM)', () => {
  /** The record id a preset reads from an address alone (its url strategies), as the page would. */
  const idInAddress = (preset: (typeof PRESETS)[number], url: string) => {
    const rule = PRESET_RULES.find((r) => r.id === `preset:${preset.id}`)!;
    const blank = new DOMParser().parseFromString('<!doctype html><body></body>', 'text/html');
    Object.defineProperty(blank, 'URL', { value: url });
    Object.defineProperty(blank, 'defaultView', { value: null });
    return detectClientId(blank, [{ ...rule, strategies: rule.strategies.filter((s) => s.kind === 'url') }])?.clientId ?? null;
  };

  it.each(PRESETS.filter((p) => p.open).map((p) => [p.id, p] as const))(
    '%s: a path whose address it reads back as the same record',
    (_, preset) => {
      const open = preset.open!;
      expect(open.startsWith('/') && !open.startsWith('//')).toBe(true);
      expect(templateProblem(open, PRESET_RULES.find((r) => r.id === `preset:${preset.id}`)!.match)).toBeNull();
      for (const g of preset.openFrom ?? []) expect(g.startsWith('*')).toBe(true);
      const readAt = ORIGIN + preset.fixtures.client.path;
      // The fixture's client screen is one the template names.
      expect((preset.openFrom ?? ['*']).some((g) => globMatches(g, readAt))).toBe(true);
      const id = idInAddress(preset, readAt);
      expect(id).not.toBeNull();
      const opened = expandOpenAddress(open, id!, ORIGIN);
      expect(opened.ok).toBe(true);
      if (!opened.ok) return;
      expect(new URL(opened.url).origin).toBe(ORIGIN);
      expect(decidingPreset(opened.url)?.id).toBe(preset.id);
      expect(idInAddress(preset, opened.url)).toBe(id);
    },
  );

  it('every preset has one but Zoho CRM, whose record address holds the bank’s own org part', () => {
    expect(PRESETS.filter((p) => !p.open).map((p) => p.id)).toEqual(['zoho-crm']);
  });
});
