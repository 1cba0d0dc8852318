function seriesWinProbability(p: number, games: number): number {
  // Playing all `games` games does not change who wins (the trailing player could not catch up
  // anyway), so the answer is P(Binomial(games, p) >= need), need = (games + 1) / 2.
  // C(games, k) overflows and p^k underflows long before games = 2001, so work with the binomial
  // weights relative to the largest one (at the mode): w[k] = pmf(k) / pmf(mode), built from the ratio
  // pmf(k + 1) / pmf(k) = (games − k) / (k + 1) · p / q. Every w[k] is in [0, 1]; the answer is
  // Σ_{k >= need} w[k] / Σ_k w[k], so the unknown factor pmf(mode) cancels out.
  if (p === 0) return 0;
  if (p === 1) return 1;
  const q = 1 - p;
  const need = (games + 1) / 2;
  const mode = Math.min(games, Math.floor((games + 1) * p));
  const w = new Array<number>(games + 1).fill(0);
  w[mode] = 1;
  for (let k = mode; k < games; k++) w[k + 1] = w[k]! * ((games - k) / (k + 1)) * (p / q);
  for (let k = mode; k > 0; k--) w[k - 1] = w[k]! * (k / (games - k + 1)) * (q / p);
  let total = 0;
  let tail = 0;
  for (let k = 0; k <= games; k++) {
    total += w[k]!;
    if (k >= need) tail += w[k]!;
  }
  return tail / total;
}
