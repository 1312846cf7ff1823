/**
 * Whether a site rule's regular expression can take the page's thread hostage. JavaScript's regular expressions
 * backtrack: `(\d+)+x` tries every way of cutting a run of digits before it gives up, 2^n of them, and `\d+\d+x`
 * tries every cut of the run between its two repetitions, n^2 of them from each of n starting points. A URL
 * pattern runs on the tab's address (up to URL_MATCH_MAX characters), on the page's thread and for every read, so a
 * rule is refused, when it is imported, edited or pushed by policy, if its pattern has:
 * - 'nested': a repeated group (`*`, `+`, `{n,}`, `{n,m}`) whose body holds a quantifier (even `?`) or an
 *   alternative `|`: `(a+)+`, `(\d+)*`, `(.*)*`, `(a|a)*`, `(a|ab)+`, `(?:-?\d)+`;
 * - 'adjacent': two repetitions one after the other that can match the same character, with nothing between them
 *   that must match a character the first cannot: `\d+\d+`, `.*\d+`, `\w*-?\w+`, `.*a.*b`. A literal the first
 *   repetition cannot match stops it (`[^/]+/(\d+)` is fine); anything optional, or that it can match, does not.
 * Conservative on purpose: some patterns it refuses are harmless on real addresses (`.*cust=(\d+)`, whose `.*`
 * is never needed: a pattern is searched for anywhere in the address). Every pattern it accepts has at most one
 * repetition in play at any point of the address, so a search costs in the order of the address's length squared:
 * 5 to 80 ms at URL_MATCH_MAX on the most hostile addresses tried (tests/unit/regex-safety.test.ts), where a refused
 * pattern takes minutes. Only `?`, `{n}` and `{n,n+1}` count as not repeating.
 * Patterns are read in JavaScript's syntax without flags (`new RegExp(source)`), and only once they compile.
 */

export type RegexRisk = 'nested' | 'adjacent' | null;

/** Character sets as bits: one per ASCII character, and bit 128 for every character beyond (approximated as one). */
const OTHER = 1n << 128n;
const ALL = (1n << 129n) - 1n;
const bit = (code: number): bigint => (code < 128 ? 1n << BigInt(code) : OTHER);
function range(from: number, to: number): bigint {
  let set = 0n;
  for (let c = from; c <= Math.min(to, 127); c++) set |= 1n << BigInt(c);
  return to >= 128 ? set | OTHER : set;
}
/** The complement keeps bit 128: "some other character" may be in both. */
const not = (set: bigint): bigint => (ALL & ~set) | OTHER;
const DIGIT = range(48, 57);
const WORD = DIGIT | range(65, 90) | range(97, 122) | bit(95);
const SPACE = bit(9) | bit(10) | bit(11) | bit(12) | bit(13) | bit(32) | OTHER;
const DOT = ALL & ~(bit(10) | bit(13));
const CLASS_ESCAPES: Record<string, bigint> = { d: DIGIT, D: not(DIGIT), w: WORD, W: not(WORD), s: SPACE, S: not(SPACE) };
const CONTROL_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };

type Atom =
  | { kind: 'set'; set: bigint }
  /** A group; `zeroWidth` for lookarounds. */
  | { kind: 'group'; alts: Term[][]; zeroWidth: boolean }
  | { kind: 'assertion' }
  | { kind: 'backreference' };
interface Term {
  atom: Atom;
  min: number;
  max: number;
}

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  alternatives(): Term[][] {
    const alts: Term[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  sequence(): Term[] {
    const terms: Term[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      terms.push({ atom, ...this.quantifier() });
    }
    return terms;
  }

  atom(): Atom {
    const c = this.src[this.i++]!;
    if (c === '^' || c === '$') return { kind: 'assertion' };
    if (c === '.') return { kind: 'set', set: DOT };
    if (c === '[') return { kind: 'set', set: this.charClass() };
    if (c === '(') return this.group();
    if (c === '\\') return this.escape();
    return { kind: 'set', set: bit(c.charCodeAt(0)) };
  }

  group(): Atom {
    let zeroWidth = false;
    if (this.src[this.i] === '?') {
      const head = this.src.slice(this.i, this.i + 3);
      if (head.startsWith('?=') || head.startsWith('?!')) {
        zeroWidth = true;
        this.i += 2;
      } else if (head === '?<=' || head === '?<!') {
        zeroWidth = true;
        this.i += 3;
      } else if (head.startsWith('?<')) {
        this.i = this.src.indexOf('>', this.i) + 1; // a named group: its name
      } else this.i += 2; // ?:
    }
    const alts = this.alternatives();
    this.i++; // )
    return { kind: 'group', alts, zeroWidth };
  }

  escape(): Atom {
    const c = this.src[this.i++] ?? '\\';
    if (c in CLASS_ESCAPES) return { kind: 'set', set: CLASS_ESCAPES[c]! };
    if (c === 'b' || c === 'B') return { kind: 'assertion' };
    if (/[1-9]/.test(c) || c === 'k') {
      while (/\d/.test(this.src[this.i] ?? '')) this.i++;
      return { kind: 'backreference' };
    }
    return { kind: 'set', set: bit(this.escapedCode(c)) };
  }

  /** The character an escape stands for (after its backslash and first character `c`). */
  escapedCode(c: string): number {
    if (c in CONTROL_ESCAPES) return CONTROL_ESCAPES[c]!;
    const hex = c === 'x' ? 2 : c === 'u' ? 4 : 0;
    if (hex && /^[0-9a-f]+$/i.test(this.src.slice(this.i, this.i + hex))) {
      this.i += hex;
      return Number.parseInt(this.src.slice(this.i - hex, this.i), 16);
    }
    if (c === 'c' && /[a-z]/i.test(this.src[this.i] ?? '')) return this.src.charCodeAt(this.i++) % 32;
    return c.charCodeAt(0);
  }

  charClass(): bigint {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    let set = 0n;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const from = this.classItem();
      if (typeof from === 'number' && this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const to = this.classItem();
        if (typeof to === 'number') {
          set |= range(from, to);
          continue;
        }
        set |= bit(from) | bit(45) | to;
        continue;
      }
      set |= typeof from === 'number' ? bit(from) : from;
    }
    this.i++; // ]
    return negated ? not(set) : set;
  }

  /** One character of a class (its code), or a class escape (its set). */
  classItem(): number | bigint {
    const c = this.src[this.i++]!;
    if (c !== '\\') return c.charCodeAt(0);
    const e = this.src[this.i++] ?? '\\';
    if (e in CLASS_ESCAPES) return CLASS_ESCAPES[e]!;
    if (e === 'b') return 8;
    return this.escapedCode(e);
  }

  quantifier(): { min: number; max: number } {
    const c = this.src[this.i];
    let q: { min: number; max: number } | null = null;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    if (q) this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i, this.i + 24));
      if (m) {
        this.i += m[0].length;
        const min = Number(m[1]);
        q = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity };
      }
    }
    if (!q) return { min: 1, max: 1 };
    if (this.src[this.i] === '?') this.i++; // lazy: the same paths, tried in another order
    return q;
  }
}

const repeats = (t: Term) => t.max - t.min > 1;

function setOf(atom: Atom): bigint {
  if (atom.kind === 'set') return atom.set;
  if (atom.kind === 'group') return atom.alts.flat().reduce((all, t) => all | setOf(t.atom), 0n);
  return atom.kind === 'backreference' ? ALL : 0n;
}

/** Holds a quantifier or an alternative anywhere inside. */
function varies(atom: Atom): boolean {
  return atom.kind === 'group' && (atom.alts.length > 1 || atom.alts.flat().some((t) => t.min !== t.max || varies(t.atom)));
}

function nested(alts: readonly Term[][]): boolean {
  return alts.some((terms) => terms.some((t) => t.atom.kind === 'group' && ((t.max > 1 && varies(t.atom)) || nested(t.atom.alts))));
}

/** What follows a position: the rest of its sequence, then the rest of each enclosing one, innermost first. */
type Continuation = readonly { terms: readonly Term[]; from: number }[];
type Reach = 'adjacent' | 'stopped' | 'open';

/**
 * Goes forward from a repetition over the characters `set`, through `terms` from `from`: 'adjacent' if another
 * repetition that can match one of them can come next, 'stopped' if every way forward must first match a
 * character the repetition cannot, 'open' if the end is reached without either.
 */
function follow(set: bigint, terms: readonly Term[], from: number): Reach {
  for (let j = from; j < terms.length; j++) {
    const t = terms[j]!;
    const a = t.atom;
    if (a.kind === 'assertion' || (a.kind === 'group' && a.zeroWidth)) continue;
    // A backreference matches what its group matched: any length, any character.
    if (a.kind === 'backreference') return 'adjacent';
    const overlaps = (setOf(a) & set) !== 0n;
    if (repeats(t) && overlaps) return 'adjacent';
    if (a.kind === 'set') {
      if (t.min >= 1 && !overlaps) return 'stopped';
      continue;
    }
    const inside = a.alts.map((alt) => follow(set, alt, 0));
    if (inside.includes('adjacent')) return 'adjacent';
    if (t.min >= 1 && inside.every((r) => r === 'stopped')) return 'stopped';
  }
  return 'open';
}

function followAll(set: bigint, after: Continuation): Reach {
  for (const { terms, from } of after) {
    const r = follow(set, terms, from);
    if (r !== 'open') return r;
  }
  return 'open';
}

function adjacent(alts: readonly Term[][], after: Continuation): boolean {
  for (const terms of alts) {
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      const a = t.atom;
      const rest: Continuation = [{ terms, from: i + 1 }, ...after];
      // A lookaround is a sequence of its own: nothing of the pattern follows inside it.
      if (a.kind === 'group' && adjacent(a.alts, a.zeroWidth ? [] : rest)) return true;
      if ((repeats(t) || a.kind === 'backreference') && followAll(setOf(a), rest) === 'adjacent') return true;
    }
  }
  return false;
}

/** Why `source` (a pattern that compiles) is refused, or null. */
export function regexRisk(source: string): RegexRisk {
  const alts = new Parser(source).alternatives();
  return nested(alts) ? 'nested' : adjacent(alts, []) ? 'adjacent' : null;
}
