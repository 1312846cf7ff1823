/**
 * Site rules as they arrive from outside: the RM's own (storage.local), imported files (./rules-file.ts), and the
 * bank's managed policy. Everything is validated with zod here; the detector only ever sees valid rules.
 * The JSON format is documented for IT staff in docs/site-rules.md.
 */
import * as z from 'zod/mini';
import { CAPTURE_FIELDS, isSensitiveLabel } from '../capture/fields';
import type { MessageKey, Params } from '../i18n';
import { isOriginPattern } from '../origins';
import { parseEach } from '../parse-each';
import { MAX_TEMPLATE_LENGTH, type OpenProblem, templateProblem } from './open-address';
import { regexRisk } from './regex-safety';
import { globMatches, MAX_GLOB_STARS, SITE_RULES_KEY, type SiteRule, STRATEGY_KINDS } from './rule-types';
import { RefusalSchema } from './tab-client';

export { SITE_RULES_KEY };
/** Top-level keys of the managed policy (public/managed_schema.json) owned by client-ID reading. */
export const POLICY_RULES_KEY = 'clientIdRules';
export const POLICY_ORIGINS_KEY = 'crmOrigins';
/** The origins (match patterns) on which the bank switches the built-in presets off. */
export const POLICY_PRESETS_OFF_KEY = 'clientIdPresetsOff';
/** `false` forbids field capture (reading the client's name, dates and assets on a CRM screen) on every origin. */
export const POLICY_CAPTURE_KEY = 'fieldCaptureAllowed';
/** Every policy key client-ID reading owns: what the background keeps a copy of (POLICY_CACHE_KEY). */
export const POLICY_KEYS = [POLICY_RULES_KEY, POLICY_ORIGINS_KEY, POLICY_PRESETS_OFF_KEY, POLICY_CAPTURE_KEY] as const;

/** The client-ID part of a policy object: what is cached, and compared to tell whether the policy changed. */
export function clientIdPolicy(policy: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of POLICY_KEYS) if (policy[key] !== undefined) out[key] = policy[key];
  return out;
}

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** A check of ours that the RM's error messages word from the catalog (lib/i18n/zod-errors.ts reads `messageKey`,
 * and fills the message's `{…}` from `values`). */
const because = (messageKey: MessageKey, values?: Params) => ({ params: { messageKey, ...(values ? { values } : {}) } });

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const trimmed = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/** A pattern that compiles and cannot backtrack for ever on a long address (./regex-safety.ts says what is refused). */
const RegexSource = text(500).check(
  z.refine(compiles, because('rules.error.regex')),
  z.refine((p) => !compiles(p) || regexRisk(p) !== 'nested', because('rules.error.regexNested')),
  z.refine((p) => !compiles(p) || regexRisk(p) !== 'adjacent', because('rules.error.regexAdjacent')),
);

const UrlStrategy = z.object({
  kind: z.literal('url'),
  pattern: RegexSource.check(
    z.refine((p) => !compiles(p) || (new RegExp(`${p}|`).exec('')?.length ?? 0) > 1, because('rules.error.capture')),
  ),
});
const SelectorStrategy = z.object({
  kind: z.literal('selector'),
  selector: text(500),
  attribute: z.optional(text(100)),
});
const LabelStrategy = z.object({
  kind: z.literal('label'),
  labels: z.array(trimmed(40)).check(z.minLength(1), z.maxLength(20)),
});

export const StrategySchema = z.discriminatedUnion('kind', [UrlStrategy, SelectorStrategy, LabelStrategy]);

/** How each problem of an address template is worded (the schema's refusals, and the options' preview). */
export const OPEN_PROBLEM_KEYS: Readonly<Record<OpenProblem, MessageKey>> = {
  noId: 'rules.error.open.noId',
  scheme: 'rules.error.open.scheme',
  idInOrigin: 'rules.error.open.idInOrigin',
  otherOrigin: 'rules.error.open.otherOrigin',
  invalid: 'rules.error.open.invalid',
};

/** The address template, checked against the rule's own address patterns: one refusal per problem, on `open`. */
function openChecks() {
  const keys = OPEN_PROBLEM_KEYS;
  return (Object.keys(keys) as OpenProblem[]).map((problem) =>
    z.refine<{ match: string[]; open?: string | undefined }>((r) => r.open === undefined || templateProblem(r.open, r.match) !== problem, {
      ...because(keys[problem]),
      path: ['open'],
    }),
  );
}

/** A template field the rule says where to read for field capture: by selector, or beside labels (never an ID's). */
const RuleFieldSchema = z
  .object({
    field: z.enum(CAPTURE_FIELDS),
    selector: z.optional(text(500)),
    attribute: z.optional(text(100)),
    labels: z.optional(
      z
        .array(trimmed(40).check(z.refine((l) => !isSensitiveLabel(l), because('rules.error.sensitiveLabel'))))
        .check(z.minLength(1), z.maxLength(10)),
    ),
  })
  .check(
    z.refine((f) => (f.selector === undefined) !== (f.labels === undefined), because('rules.error.fieldWay')),
    z.refine((f) => f.attribute === undefined || f.selector !== undefined, because('rules.error.fieldWay')),
  );

export const SiteRuleSchema = z
  .object({
    id: z._default(text(64), () => `rule-${crypto.randomUUID().slice(0, 8)}`),
    name: trimmed(100),
    match: z
      .array(
        trimmed(500).check(
          z.refine((g) => /^https?:\/\//i.test(g), because('rules.error.scheme')),
          z.refine((g) => g.split('*').length - 1 <= MAX_GLOB_STARS, because('rules.error.stars', { n: MAX_GLOB_STARS })),
        ),
      )
      .check(z.minLength(1), z.maxLength(20)),
    strategies: z.array(StrategySchema).check(z.minLength(1), z.maxLength(10)),
    idPattern: z.optional(RegexSource),
    /** "Open in the CRM": the client's own screen, `{id}` for the number (./open-address.ts). */
    open: z.optional(text(MAX_TEMPLATE_LENGTH)),
    fields: z.optional(z.array(RuleFieldSchema).check(z.maxLength(20))),
  })
  .check(...openChecks());

/** How many rules the RM may keep (and a file may hold, and the policy may push). */
export const MAX_RULES = 200;

export const RuleListSchema = z.array(SiteRuleSchema).check(z.maxLength(MAX_RULES));
/** A rules file: `{ "version": 1, "rules": [...] }`, or just the array. */
export const RulesFileSchema = z.object({ version: z.literal(1), rules: RuleListSchema });

export function plain(rule: z.infer<typeof SiteRuleSchema>): SiteRule {
  const out: SiteRule = { id: rule.id, name: rule.name, match: rule.match, strategies: rule.strategies };
  if (rule.idPattern !== undefined) out.idPattern = rule.idPattern;
  if (rule.open !== undefined) out.open = rule.open;
  if (rule.fields !== undefined) out.fields = rule.fields;
  return out;
}

/** What storage holds: each rule checked on its own, so one damaged rule never loses the others. */
export function parseStoredRules(value: unknown): SiteRule[] {
  return Array.isArray(value) ? parseEach(SiteRuleSchema, value).map(plain) : [];
}

/** What is wrong with the policy's rules and origins, for the options page to list (the rest still applies). */
export type PolicyProblem =
  | { key: typeof POLICY_ORIGINS_KEY | typeof POLICY_RULES_KEY | typeof POLICY_PRESETS_OFF_KEY; kind: 'notAList' }
  | { key: typeof POLICY_ORIGINS_KEY | typeof POLICY_PRESETS_OFF_KEY; kind: 'invalidOrigin'; index: number; value: string }
  | { key: typeof POLICY_ORIGINS_KEY; kind: 'noValidOrigin' }
  | { key: typeof POLICY_RULES_KEY; kind: 'invalidRule'; index: number; field: string }
  | { key: typeof POLICY_RULES_KEY; kind: 'duplicateRule'; index: number; id: string }
  | { key: typeof POLICY_CAPTURE_KEY; kind: 'notABoolean' };

export interface ManagedRules {
  rules: SiteRule[];
  /** The CRM origins the policy allows; null when it sets none (no restriction), [] when it allows none. */
  origins: string[] | null;
  /** Origin patterns on which the built-in presets are off ([]: none). */
  presetsOff: string[];
  /** Whether the bank lets the RM switch field capture on (`fieldCaptureAllowed`; absent: yes). */
  captureAllowed: boolean;
  problems: PolicyProblem[];
}

/**
 * The rules and CRM origins the bank's IT pushed through policy. An invalid entry is ignored and reported; a
 * `crmOrigins` that is set but not a list, or lists no valid origin, allows no origin at all: a restriction IT
 * meant to set never fails open. Of two managed rules with one id, the first wins.
 */
export function parsePolicy(policy: Record<string, unknown>): ManagedRules {
  const problems: PolicyProblem[] = [];
  const rawRules = policy[POLICY_RULES_KEY];
  const rules: SiteRule[] = [];
  if (rawRules !== undefined && !Array.isArray(rawRules)) problems.push({ key: POLICY_RULES_KEY, kind: 'notAList' });
  (Array.isArray(rawRules) ? rawRules : []).slice(0, MAX_RULES).forEach((item, index) => {
    const r = SiteRuleSchema.safeParse(item);
    if (!r.success) problems.push({ key: POLICY_RULES_KEY, kind: 'invalidRule', index, field: r.error.issues[0]?.path.join('.') ?? '' });
    else if (rules.some((x) => x.id === r.data.id)) problems.push({ key: POLICY_RULES_KEY, kind: 'duplicateRule', index, id: r.data.id });
    else rules.push({ ...plain(r.data), managed: true });
  });

  /** A policy list of origin patterns: null when absent; its valid entries, each invalid one reported. */
  const originList = (key: typeof POLICY_ORIGINS_KEY | typeof POLICY_PRESETS_OFF_KEY): string[] | null => {
    const raw = policy[key];
    if (raw === undefined) return null;
    if (!Array.isArray(raw)) {
      problems.push({ key, kind: 'notAList' });
      return [];
    }
    const valid: string[] = [];
    raw.slice(0, 500).forEach((o, index) => {
      if (typeof o === 'string' && isOriginPattern(o)) valid.push(o);
      else problems.push({ key, kind: 'invalidOrigin', index, value: String(o).slice(0, 100) });
    });
    return valid;
  };
  const origins = originList(POLICY_ORIGINS_KEY);
  if (origins && Array.isArray(policy[POLICY_ORIGINS_KEY]) && !origins.length)
    problems.push({ key: POLICY_ORIGINS_KEY, kind: 'noValidOrigin' });
  // Presets off: a value that is not a list switches them off everywhere (what IT meant to turn off stays off).
  const off = originList(POLICY_PRESETS_OFF_KEY);
  const presetsOff = off ?? [];
  if (off && !Array.isArray(policy[POLICY_PRESETS_OFF_KEY])) presetsOff.push('http://*/*', 'https://*/*');
  // Field capture: anything but `true` or absent forbids it (what IT meant to forbid stays forbidden).
  const capture = policy[POLICY_CAPTURE_KEY];
  if (capture !== undefined && typeof capture !== 'boolean') problems.push({ key: POLICY_CAPTURE_KEY, kind: 'notABoolean' });
  return { rules, origins, presetsOff, captureAllowed: capture === undefined || capture === true, problems };
}

/** Managed rules first (they win and are locked), then the RM's own; an own rule never shadows a managed id. */
export function mergeRules(managed: readonly SiteRule[], own: readonly SiteRule[]): SiteRule[] {
  const ids = new Set(managed.map((r) => r.id));
  return [...managed.map((r) => ({ ...r, managed: true })), ...own.filter((r) => !ids.has(r.id)).map((r) => ({ ...r, managed: false }))];
}

/** Rules worth sending to a page: those whose globs could match on its origin. */
export function rulesForOrigin(rules: readonly SiteRule[], url: string): SiteRule[] {
  let origin: string;
  try {
    origin = new URL(url).origin.toLowerCase();
  } catch {
    return [];
  }
  return rules.filter((r) =>
    r.match.some((g) => {
      const head = /^https?:\/\/[^/]*/i.exec(g)?.[0];
      // The glob's scheme-and-host part against the origin, allowing for a `*` that ends inside the host.
      return !head || globMatches(head, origin) || globMatches(`${head}*`, origin);
    }),
  );
}

/** What the teach script returns from the page (untrusted: the page could tamper with it). */
export const TeachOutcomeSchema = z.union([
  z.object({ ok: z.literal(true), rule: SiteRuleSchema, value: text(64) }),
  z.object({ ok: z.literal(false), reason: z.enum(['not-an-id', 'not-readable']), text: z.string().check(z.maxLength(100)) }),
  z.object({ cancelled: z.literal(true) }),
]);
export type TeachOutcome = z.infer<typeof TeachOutcomeSchema>;

/** What the rule-test script returns from the page. */
export const RuleTestResultSchema = z.nullable(
  z.union([
    z.object({ clientId: z.string().check(z.maxLength(64)), strategy: z.enum(STRATEGY_KINDS), via: z.string().check(z.maxLength(500)) }),
    /** No client: what the rule found and refused, and why. */
    z.object({ refused: RefusalSchema }),
  ]),
);
