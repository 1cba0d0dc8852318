// @verdict TLE
// 2-D prefix sums, then every rectangle in O(1): correct, but Θ(n²m²) ≈ 4·10^8 rectangles for a 200×200 matrix.
function maxSubmatrixSum(matrix: number[][]): number {
  const n = matrix.length;
  const m = matrix[0]!.length;
  const P: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) P[i + 1]![j + 1] = matrix[i]![j]! + P[i]![j + 1]! + P[i + 1]![j]! - P[i]![j]!;
  }
  let best = -Infinity;
  for (let r1 = 0; r1 < n; r1++) {
    for (let r2 = r1 + 1; r2 <= n; r2++) {
      for (let c1 = 0; c1 < m; c1++) {
        for (let c2 = c1 + 1; c2 <= m; c2++) {
          const s = P[r2]![c2]! - P[r1]![c2]! - P[r2]![c1]! + P[r1]![c1]!;
          if (s > best) best = s;
        }
      }
    }
  }
  return best;
}
