/**
 * A small seeded generator (mulberry32): the bulk data is the same on every run with the same
 * seed, so timings and query plans can be compared between runs.
 */
export interface Rng {
  (): number;
  pick<T>(items: readonly T[]): T;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
}

export function seededRng(seed: number): Rng {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = next as Rng;
  rng.pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  rng.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  return rng;
}
