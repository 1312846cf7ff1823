/**
 * Rules files: what the options page imports and exports, and one rule as the RM edits it, with every error worded
 * in the RM's language and pointing at the rule and field at fault.
 */
import * as z from 'zod/mini';
import { type Locale, translate } from '../i18n';
import { zodErrorMap } from '../i18n/zod-errors';
import type { SiteRule } from './rule-types';
import { MAX_RULES, plain, RuleListSchema, RulesFileSchema } from './rules';

/** What "new rule" starts from in the options page. */
export const RULE_TEMPLATE: Omit<SiteRule, 'id'> = {
  name: 'Core banking – client screen',
  match: ['https://crm.bank.example/client/*'],
  strategies: [{ kind: 'label', labels: ['客户号'] }],
  idPattern: '^\\d{10}$',
};

export type ParseResult = { ok: true; rules: SiteRule[] } | { ok: false; errors: string[] };

/** A rules file larger than this is refused before it is read: 200 rules fit in a tenth of it. */
export const MAX_RULES_FILE_BYTES = 1_000_000;

/**
 * Whether the RM's own rules may be stored as `next`: no more than MAX_RULES, and none under the id of a rule the
 * bank's policy pushes (that one wins and is locked). Errors worded in `locale`.
 */
export function checkOwnRules(
  next: readonly SiteRule[],
  managed: readonly SiteRule[],
  locale: Locale,
): { ok: true } | { ok: false; errors: string[] } {
  if (next.length > MAX_RULES) return { ok: false, errors: [translate(locale, 'rules.error.tooMany', { max: MAX_RULES, n: next.length })] };
  const clash = next.find((r) => managed.some((m) => m.id === r.id));
  return clash ? { ok: false, errors: [translate(locale, 'rules.managedId', { id: clash.id })] } : { ok: true };
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
  const error = zodErrorMap(locale);
  const r = Array.isArray(json)
    ? RuleListSchema.safeParse(json, { error })
    : z
        .pipe(
          RulesFileSchema,
          z.transform((f) => f.rules),
        )
        .safeParse(json, { error });
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

/** The file an export writes, and an import reads back. */
export function rulesFile(rules: readonly SiteRule[]): string {
  return `${JSON.stringify({ version: 1, rules: rules.map(({ managed: _, ...r }) => r) }, null, 2)}\n`;
}
