function probSumBelow(n: number, t: number): number {
  // F_k(x) = P(U_1 + … + U_k < x) satisfies the B-spline recurrence
  //   F_k(x) = (x · F_{k-1}(x) + (k − x) · F_{k-1}(x − 1)) / k,
  // with F_0(x) = [x > 0]. Inside 0 < x < k both weights are positive, so every step is a convex-like
  // combination of probabilities: no cancellation, unlike the alternating Irwin–Hall sum.
  if (t <= 0) return 0;
  if (t >= n) return 1;
  // f[j] = F_k(t − j) for j = 0 … n − k.
  let f: number[] = [];
  for (let j = 0; j <= n; j++) f.push(t - j > 0 ? 1 : 0);
  for (let k = 1; k <= n; k++) {
    const g: number[] = [];
    for (let j = 0; j <= n - k; j++) {
      const x = t - j;
      if (x <= 0) g.push(0);
      else if (x >= k) g.push(1);
      else g.push((x * f[j]! + (k - x) * f[j + 1]!) / k);
    }
    f = g;
  }
  return f[0]!;
}
