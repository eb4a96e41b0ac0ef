import { describe, expect, it } from "vitest";
import { largestRemainder } from "./rounding.js";

/** A small seeded generator (mulberry32) so every run checks the same cases and a failure can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCounts(next: () => number): number[] {
  const n = 1 + Math.floor(next() * 8);
  const scale = [3, 10, 40, 1000, 100_000][Math.floor(next() * 5)]!;
  return Array.from({ length: n }, () => (next() < 0.2 ? 0 : Math.floor(next() * scale)));
}

describe("largestRemainder", () => {
  it("reproduces the seeds: 7/5/19 of 31 → 23/16/61 and 7/4/21 of 32 → 22/12/66", () => {
    expect(largestRemainder([7, 5, 19])).toEqual([23, 16, 61]);
    expect(largestRemainder([19, 5, 7, 0])).toEqual([61, 16, 23, 0]);
    expect(largestRemainder([7, 4, 21])).toEqual([22, 12, 66]);
    // "completed or ongoing" against planned (seed 001: 12 → 39%, 19 → 61%).
    expect(largestRemainder([12, 19, 0])).toEqual([39, 61, 0]);
  });

  it("gives zeros for an empty review and 100 to a single non-zero count", () => {
    expect(largestRemainder([])).toEqual([]);
    expect(largestRemainder([0, 0, 0])).toEqual([0, 0, 0]);
    expect(largestRemainder([0, 9, 0])).toEqual([0, 100, 0]);
  });

  it("breaks exact ties by position, deterministically", () => {
    expect(largestRemainder([1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainder([1, 1, 1, 1, 1, 1])).toEqual([17, 17, 17, 17, 16, 16]);
  });

  it("refuses counts that are not whole numbers ≥ 0", () => {
    expect(() => largestRemainder([1, -1])).toThrow(RangeError);
    expect(() => largestRemainder([1.5])).toThrow(RangeError);
  });

  const cases = (() => {
    const next = rng(20220803);
    return Array.from({ length: 2000 }, () => randomCounts(next));
  })();

  it("always adds up to exactly 100 when the total is above zero (2,000 seeded random cases)", () => {
    for (const counts of cases) {
      const shares = largestRemainder(counts);
      const total = counts.reduce((a, b) => a + b, 0);
      expect(
        shares.reduce((a, b) => a + b, 0),
        JSON.stringify(counts),
      ).toBe(total > 0 ? 100 : 0);
      expect(shares.every((s) => Number.isInteger(s) && s >= 0 && s <= 100)).toBe(true);
    }
  });

  it("never gives a larger count a smaller share", () => {
    for (const counts of cases) {
      const shares = largestRemainder(counts);
      for (let i = 0; i < counts.length; i++) {
        for (let j = 0; j < counts.length; j++) {
          if (counts[i]! > counts[j]!) expect(shares[i]!, JSON.stringify(counts)).toBeGreaterThanOrEqual(shares[j]!);
        }
      }
    }
  });

  it("stays within one point of the exact share, and equal counts differ by at most one point", () => {
    for (const counts of cases) {
      const shares = largestRemainder(counts);
      const total = counts.reduce((a, b) => a + b, 0);
      if (!total) continue;
      counts.forEach((c, i) => {
        expect(Math.abs(shares[i]! - (c * 100) / total)).toBeLessThan(1);
        counts.forEach((d, j) => {
          if (c === d) expect(Math.abs(shares[i]! - shares[j]!)).toBeLessThanOrEqual(1);
        });
      });
    }
  });

  it("does not depend on the order of the counts unless two remainders tie exactly", () => {
    const next = rng(5);
    for (const counts of cases.slice(0, 500)) {
      const total = counts.reduce((a, b) => a + b, 0);
      const rems = counts.map((c) => (total ? (c * 100) % total : 0));
      if (new Set(rems).size < rems.length) continue; // a tie may fall either way by position
      const order = counts.map((_, i) => i).sort(() => next() - 0.5);
      const a = largestRemainder(counts);
      const b = largestRemainder(order.map((i) => counts[i]!));
      order.forEach((from, to) => expect(b[to], JSON.stringify(counts)).toBe(a[from]));
    }
  });
});
