/**
 * Whole-percent shares that add up to exactly 100 (the largest-remainder method, also called Hamilton's method):
 * every count gets the floor of its exact share, and the points still missing go, one each, to the counts with the
 * largest remainders. Ties go to the larger count, then to the earlier position, so a larger count never gets a
 * smaller share than a smaller one. All zeros (or an empty list) give all zeros.
 *
 * Seed 001: [7, 5, 19] of 31 → exact 22.58 / 16.13 / 61.29 → floors 22 / 16 / 61 (99) → 23 / 16 / 61.
 */
export function largestRemainder(counts: readonly number[]): number[] {
  for (const c of counts) {
    if (!Number.isInteger(c) || c < 0) throw new RangeError(`counts must be whole numbers ≥ 0, got ${c}`);
  }
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  // Integer arithmetic: share = floor(c·100 / total), remainder compared as (c·100 mod total) — no float error.
  const parts = counts.map((c, i) => ({ i, c, floor: Math.floor((c * 100) / total), rem: (c * 100) % total }));
  let missing = 100 - parts.reduce((a, p) => a + p.floor, 0);
  const shares = parts.map((p) => p.floor);
  const order = [...parts].sort((a, b) => b.rem - a.rem || b.c - a.c || a.i - b.i);
  for (const p of order) {
    if (missing <= 0) break;
    shares[p.i] = p.floor + 1;
    missing -= 1;
  }
  return shares;
}
