/**
 * The static check that refuses rule patterns which could backtrack for ever (lib/client-id/regex-safety.ts), tried on
 * random patterns: every pattern it accepts must search a long hostile address in milliseconds. The patterns come
 * from a small grammar of the pieces rule patterns are made of, the addresses from the same characters repeated (what
 * makes a backtracking engine try every cut) with a character at the end that nothing expects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regexRisk } from '@/lib/client-id/regex-safety';

const ATOMS = ['a', 'b', '1', '-', '\\d', '\\w', '.', '[ab]', '[^a]', '[a1-]', '\\.'];
const QUANTIFIERS = ['', '', '*', '+', '?', '{2}', '{1,3}', '{2,}', '*?'];

const pattern: fc.Arbitrary<string> = fc.letrec<{ seq: string; term: string; group: string }>((tie) => ({
  seq: fc.array(tie('term'), { minLength: 1, maxLength: 5 }).map((ts) => ts.join('')),
  term: fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...ATOMS), fc.constantFrom(...QUANTIFIERS)).map(([a, q]) => a + q) },
    { weight: 1, arbitrary: fc.tuple(tie('group'), fc.constantFrom(...QUANTIFIERS)).map(([g, q]) => g + q) },
  ),
  group: fc
    .tuple(fc.constantFrom('(', '(?:'), fc.array(tie('seq'), { minLength: 1, maxLength: 2, depthIdentifier: 'g' }))
    .map(([open, alts]) => `${open}${alts.join('|')})`),
})).seq;

const LENGTH = 2048;
const hostile = ['a', 'ab', '1', 'a1', 'a-', '1-', 'b'].flatMap((unit) => {
  const run = unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH - 1);
  return [`${run}!`, `${run}\n`];
});

/**
 * A pattern that backtracks takes seconds on these addresses, an accepted one well under a millisecond: the bound only
 * has to tell the two apart, with room for a loaded machine (250 ms failed once while other builds shared the CPUs).
 */
const SLOW_MS = 1000;

describe('patterns the check accepts are fast on any address', () => {
  it('400 random patterns, each searched through 14 hostile addresses of 2,048 characters', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(pattern, (source) => {
        let re: RegExp;
        try {
          re = new RegExp(source);
        } catch {
          return;
        }
        if (regexRisk(source) !== null) {
          refused++;
          return;
        }
        accepted++;
        for (const text of hostile) {
          const t0 = performance.now();
          re.exec(text);
          const ms = performance.now() - t0;
          if (ms > SLOW_MS) throw new Error(`${source} took ${ms.toFixed(0)} ms on ${JSON.stringify(text.slice(0, 12))}…`);
        }
      }),
      { seed: 20261124, numRuns: 400 },
    );
    // The grammar must give the check patterns to accept and to refuse, or this proves nothing.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(50);
  });
});
