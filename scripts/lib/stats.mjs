// @ts-check
/** The few statistics the benchmarks in tests/bench/ report, defined once. */

/** The q-th quantile (0 < q ≤ 1) by nearest rank: a value that was measured, never an interpolation. @param {readonly number[]} xs @param {number} q */
export function quantile(xs, q) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))] ?? NaN;
}

/** The middle value (the upper of the two middle ones for an even count). @param {readonly number[]} xs */
export function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The mean of the lowest `keep` share of the values: drops the samples another process interrupted. @param {readonly number[]} xs @param {number} keep */
export function trimmedMean(xs, keep) {
  const kept = [...xs].sort((a, b) => a - b).slice(0, Math.ceil(xs.length * keep));
  return kept.reduce((a, b) => a + b, 0) / kept.length;
}
