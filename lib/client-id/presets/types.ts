/**
 * A built-in preset: a site rule for a widely used web CRM or core-banking front end whose markup is public,
 * written from that system's public templates, source or documentation (`sources`), with the fixture pages that
 * reproduce that markup (demo-crm/fixtures/presets/<id>/) and what Pacer must read on them. A meta-test
 * (tests/unit/presets.test.ts) holds every preset to this; tests/e2e/client-id-presets.e2e.ts reads each fixture
 * in Chromium.
 *
 * A preset's globs start with `*`: a bank hosts these systems on its own origins, and the content script runs only
 * on the origins Pacer may read (granted, and allowed by the policy). The RM or the bank can switch presets off per
 * origin (docs/site-rules.md). A preset comes after the bank's and the RM's own rules, before zero-config.
 */
import type { SiteRule } from '../rule-types';

export interface PresetFixtures {
  /** A client screen (path under the demo CRM, from `/fixtures/presets/<id>/`) and the ID Pacer must read on it. */
  client: { path: string; id: string };
  /**
   * The system's own single-page navigation from the client screen to another client: the selector the test clicks
   * on the fixture, and the ID then on screen. Absent for a system that loads a whole page per record.
   */
  next?: { click: string; id: string };
  /** A list or dashboard screen of the same system, where Pacer must read "no client". */
  list: string;
}

export interface Preset {
  /** The file's name: `lib/client-id/presets/<id>.ts`. */
  id: string;
  /** The system's name, as the panel's "why this ID" says it. */
  system: string;
  /** The public templates, source files or documentation pages this preset follows. */
  sources: readonly string[];
  /** Its globs start with `*` (any host: presetRule adds the schemes). */
  rule: Pick<SiteRule, 'match' | 'strategies' | 'idPattern'>;
  /**
   * The system's own address of a client's record, a path from the origin the client was read on, `{id}` for the
   * record id the preset reads from the address ("open in the CRM"; lib/client-id/open-address.ts). A number a
   * preset reads from the screen (vtiger's Organization Number, Dolibarr's customer code) is not a record id: such a
   * client is not offered the address. Absent where the system's record address could not be checked.
   */
  open?: string;
  /**
   * The addresses (globs starting with `*`, as `match`) whose client `open` names, when it names one kind of record
   * only (`#Account/view/{id}`: not a client read on a Contact's screen). Absent: every address the preset reads.
   */
  openFrom?: readonly string[];
  fixtures: PresetFixtures;
}

export function definePreset(preset: Preset): Preset {
  return preset;
}

/**
 * A preset as the site rule the page script runs: its id is `preset:<id>`, its name the system's, and each of its
 * globs (any host, as `*` + `/lightning/r/*`) is written for both schemes, as a site rule's globs must name one.
 */
export function presetRule(preset: Preset): SiteRule {
  const match = preset.rule.match.flatMap((g) => [`https://${g}`, `http://${g}`]);
  return { id: `preset:${preset.id}`, name: preset.system, ...preset.rule, match, ...(preset.open ? { open: preset.open } : {}) };
}
