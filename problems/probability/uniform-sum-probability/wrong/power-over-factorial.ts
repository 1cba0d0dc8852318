// @verdict WA
// Uses t^n / n! everywhere: the volume of the simplex {x ≥ 0, Σx < t} is right only for t ≤ 1 (it ignores
// the cube's walls), and exceeds 1 for larger t.
function probSumBelow(n: number, t: number): number {
  if (t <= 0) return 0;
  let p = 1;
  for (let k = 1; k <= n; k++) p = (p * t) / k;
  return p;
}
