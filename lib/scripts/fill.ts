/**
 * Filling a script's placeholders so it reads aloud naturally whatever the record holds (METHOD §5: say
 * nothing the RM does not know).
 *
 * - `{name}`: how to address the client. Without a name the sentence is rewritten, not patched: "{name}您好"
 *   reads "您好", a leading "{name}，" goes, elsewhere the polite 您 / "you" stands in.
 * - `{rm}`, `{branch}`: who is calling and from where (every outbound script says both: an anonymous "this is
 *   the bank" is how phone fraud opens). Unset, a bracketed gap shows the RM what to say and the card says
 *   where to set it.
 * - `{memory}`: the client's most recent memory point. A script that needs one is not offered without it.
 *
 * Values are inserted in one pass, so text the RM or the page typed ("{rm}" in a memory point) stays as typed.
 */
import type { Locale } from '../i18n';

export const PLACEHOLDERS = ['name', 'rm', 'branch', 'memory'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface ScriptValues {
  /** How to address the client (lib/client/record.ts addressName), null when no name is recorded. */
  name: string | null;
  /** The RM's own name and branch, from the options. */
  rm: string | null;
  branch: string | null;
  /** The latest memory point, null when there is none. */
  memory: string | null;
}

const PLACEHOLDER = /\{(name|rm|branch|memory)\}/g;

/** Placeholders a script uses. */
export function placeholdersIn(text: string): Set<Placeholder> {
  const out = new Set<Placeholder>();
  for (const m of text.matchAll(PLACEHOLDER)) out.add(m[1] as Placeholder);
  return out;
}

/** Whether the record holds what the script needs to be said truthfully. */
export function canFill(text: string, values: ScriptValues): boolean {
  return !text.includes('{memory}') || values.memory !== null;
}

/** The script as the RM reads it; null when it needs a value the record does not have (see canFill). */
export function fillScript(text: string, values: ScriptValues, locale: Locale): string | null {
  if (!canFill(text, values)) return null;
  const zh = locale !== 'en';
  const template = values.name ? text : zh ? withoutNameZh(text) : withoutNameEn(text);
  const gap = (key: 'rm' | 'branch') =>
    zh ? (key === 'rm' ? '【您的姓名】' : '【网点名称】') : key === 'rm' ? '[your name]' : '[your branch]';
  return template.replace(PLACEHOLDER, (_, key: Placeholder) => {
    switch (key) {
      case 'name':
        return values.name ?? '';
      case 'rm':
        return values.rm?.trim() || gap('rm');
      case 'branch':
        return values.branch?.trim() || gap('branch');
      case 'memory':
        return spoken(values.memory ?? '');
    }
  });
}

/** A memory point as the RM typed it, minus the full stop that would end the sentence it is quoted in. */
function spoken(memory: string): string {
  return memory.trim().replace(/[\s。．.!！?？;；,，、]+$/u, '');
}

function withoutNameZh(text: string): string {
  return (
    text
      // "{name}您好" → "您好"
      .replace(/\{name\}(?=您)/g, '')
      // a leading "{name}，" is an address on its own: drop it with its comma
      .replace(/(^|[。！？!?\n])\{name\}[，,]\s*/g, '$1')
      .replace(/\{name\}/g, '您')
  );
}

function withoutNameEn(text: string): string {
  return (
    text
      // "…your interest, {name}, and…" → "…your interest, and…"
      .replace(/,\s*\{name\}\s*,/g, ',')
      // "…call you, {name}." → "…call you."
      .replace(/,\s*\{name\}(?=[.:;!?])/g, '')
      // "Hello {name}," → "Hello,"
      .replace(/\b(Hello|Hi|Dear|Good (?:morning|afternoon|evening))\s+\{name\}/g, '$1')
      // a sentence opening "{name}, " → the sentence without it, capitalised
      .replace(/(^|[.!?]\s+)\{name\},\s*(\w)/g, (_, lead: string, c: string) => lead + c.toUpperCase())
      .replace(/\{name\}/g, 'you')
  );
}
