// A tiny seeded PRNG (mulberry32) for the benchmarks' generators: the same seed, the same data.
export function seeded(start) {
  let seed = start;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    rand,
    pick: (xs) => xs[Math.floor(rand() * xs.length)],
    between: (a, b) => a + Math.floor(rand() * (b - a + 1)),
  };
}
