/**
 * Site rules as they arrive from outside: the RM's own (storage.local), imported files, and the bank's
 * managed policy. Everything is validated with zod here; the detector only ever sees valid rules.
 * The JSON format is documented for IT staff in docs/site-rules.md.
 */
import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { translate, type Locale } from '../i18n';
import { isOriginPattern } from '../origins';
import { globToRegExp, SITE_RULES_KEY, type SiteRule } from './rule-types';

export { SITE_RULES_KEY };
/** Top-level keys of the managed policy (public/managed_schema.json) owned by client-ID reading. */
export const POLICY_RULES_KEY = 'clientIdRules';
export const POLICY_ORIGINS_KEY = 'crmOrigins';

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

// Our own checks name a reason; the error map below words it in the RM's language.
type Reason = 'regex' | 'capture' | 'scheme';
const because = (reason: Reason) => ({ params: { reason } });

const RegexSource = z.string().min(1).max(500).refine(compiles, because('regex'));

const UrlStrategy = z.object({
  kind: z.literal('url'),
  pattern: RegexSource.refine((p) => !compiles(p) || (new RegExp(`${p}|`).exec('')?.length ?? 0) > 1, because('capture')),
});
const SelectorStrategy = z.object({
  kind: z.literal('selector'),
  selector: z.string().min(1).max(500),
  attribute: z.string().min(1).max(100).optional(),
});
const LabelStrategy = z.object({
  kind: z.literal('label'),
  labels: z.array(z.string().trim().min(1).max(40)).min(1).max(20),
});

export const StrategySchema = z.discriminatedUnion('kind', [UrlStrategy, SelectorStrategy, LabelStrategy]);

export const SiteRuleSchema = z.object({
  id: z.string().min(1).max(64).default(() => `rule-${crypto.randomUUID().slice(0, 8)}`),
  name: z.string().trim().min(1).max(100),
  match: z.array(z.string().trim().min(1).max(500).refine((g) => /^https?:\/\//i.test(g), because('scheme'))).min(1).max(20),
  strategies: z.array(StrategySchema).min(1).max(10),
  idPattern: RegexSource.optional(),
});

const RuleListSchema = z.array(SiteRuleSchema).max(200);
/** A rules file: `{ "version": 1, "rules": [...] }`, or just the array. */
export const RulesFileSchema = z.object({ version: z.literal(1), rules: RuleListSchema });

/** What "new rule" starts from in the options page. */
export const RULE_TEMPLATE: Omit<SiteRule, 'id'> = {
  name: 'Core banking – client screen',
  match: ['https://crm.bank.example/client/*'],
  strategies: [{ kind: 'label', labels: ['客户号'] }],
  idPattern: '^\\d{10}$',
};

function plain(rule: z.infer<typeof SiteRuleSchema>): SiteRule {
  const out: SiteRule = { id: rule.id, name: rule.name, match: rule.match, strategies: rule.strategies };
  if (rule.idPattern !== undefined) out.idPattern = rule.idPattern;
  return out;
}

export type ParseResult = { ok: true; rules: SiteRule[] } | { ok: false; errors: string[] };

const REASON_KEYS = { regex: 'rules.error.regex', capture: 'rules.error.capture', scheme: 'rules.error.scheme' } as const;

/** zod's own wording in the RM's language, and ours for the checks above. */
function errorMap(locale: Locale): z.core.$ZodErrorMap {
  const words = (locale === 'en' ? en : zhCN)().localeError;
  return (issue) => {
    const reason = issue.code === 'custom' ? (issue.params as { reason?: Reason } | undefined)?.reason : undefined;
    return reason ? translate(locale, REASON_KEYS[reason]) : words(issue);
  };
}

/** Where an error is: "rule 2 › strategies.0.pattern" (rules counted from 1, as the RM counts them). */
function where(path: readonly PropertyKey[], locale: Locale): string {
  if (!path.length) return translate(locale, 'rules.error.file');
  const [first, ...rest] = path;
  const head = typeof first === 'number' ? translate(locale, 'rules.error.rule', { n: first + 1 }) : String(first);
  return [head, ...rest.map(String)].join(' › ');
}

/** Parses an imported file's text. All or nothing: a file with one invalid rule saves none. Errors are
 * worded in `locale`. */
export function parseRulesFile(text: string, locale: Locale = 'en'): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [translate(locale, 'rules.error.json')] };
  }
  // Parsed with the schema of the file's own shape, so each error points at the rule and field at fault.
  const error = errorMap(locale);
  const r = Array.isArray(json) ? RuleListSchema.safeParse(json, { error }) : RulesFileSchema.transform((f) => f.rules).safeParse(json, { error });
  if (!r.success) {
    // In a `{ version, rules }` file, rules are counted like in a bare list.
    const path = (p: readonly PropertyKey[]) => (p[0] === 'rules' && typeof p[1] === 'number' ? p.slice(1) : p);
    return { ok: false, errors: r.error.issues.slice(0, 10).map((i) => `${where(path(i.path), locale)}: ${i.message}`) };
  }
  const ids = new Set<string>();
  for (const rule of r.data) {
    if (ids.has(rule.id)) return { ok: false, errors: [translate(locale, 'rules.error.duplicateId', { id: rule.id })] };
    ids.add(rule.id);
  }
  return { ok: true, rules: r.data.map(plain) };
}

/** Parses one rule the RM edited (as JSON text). */
export function parseRule(text: string, locale: Locale = 'en'): { ok: true; rule: SiteRule } | { ok: false; errors: string[] } {
  const r = parseRulesFile(`[${text}]`, locale);
  if (!r.ok) return r;
  if (r.rules.length !== 1) return { ok: false, errors: [translate(locale, 'rules.error.oneRule')] };
  return { ok: true, rule: r.rules[0]! };
}

/** What storage holds: each rule checked on its own, so one damaged rule never loses the others. */
export function parseStoredRules(value: unknown): SiteRule[] {
  if (!Array.isArray(value)) return [];
  const out: SiteRule[] = [];
  for (const item of value) {
    const r = SiteRuleSchema.safeParse(item);
    if (r.success) out.push(plain(r.data));
  }
  return out;
}

/** The rules and CRM origins the bank's IT pushed through policy; invalid entries are ignored one by one. */
export function parsePolicy(policy: Record<string, unknown>): { rules: SiteRule[]; origins: string[] | null } {
  const rules = parseStoredRules(policy[POLICY_RULES_KEY]).map((r) => ({ ...r, managed: true }));
  const rawOrigins = policy[POLICY_ORIGINS_KEY];
  const origins = Array.isArray(rawOrigins) ? rawOrigins.filter((o): o is string => typeof o === 'string' && isOriginPattern(o)) : null;
  return { rules, origins };
}

/** Managed rules first (they win and are locked), then the RM's own; an own rule never shadows a managed id. */
export function mergeRules(managed: readonly SiteRule[], own: readonly SiteRule[]): SiteRule[] {
  const ids = new Set(managed.map((r) => r.id));
  return [...managed.map((r) => ({ ...r, managed: true })), ...own.filter((r) => !ids.has(r.id)).map((r) => ({ ...r, managed: false }))];
}

/** The file an export writes, and an import reads back. */
export function rulesFile(rules: readonly SiteRule[]): string {
  return `${JSON.stringify({ version: 1, rules: rules.map(({ managed: _, ...r }) => r) }, null, 2)}\n`;
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
      return !head || globToRegExp(head).test(origin) || globToRegExp(`${head}*`).test(origin);
    }),
  );
}

/** What the teach script returns from the page (untrusted: the page could tamper with it). */
export const TeachOutcomeSchema = z.union([
  z.object({ ok: z.literal(true), rule: SiteRuleSchema, value: z.string().min(1).max(64) }),
  z.object({ ok: z.literal(false), reason: z.enum(['not-an-id', 'not-readable']), text: z.string().max(100) }),
  z.object({ cancelled: z.literal(true) }),
]);
export type TeachOutcome = z.infer<typeof TeachOutcomeSchema>;

/** What the rule-test script returns from the page. */
export const RuleTestResultSchema = z
  .object({ clientId: z.string().max(64), strategy: z.enum(['url', 'selector', 'label', 'heuristic']), via: z.string().max(500) })
  .nullable();
