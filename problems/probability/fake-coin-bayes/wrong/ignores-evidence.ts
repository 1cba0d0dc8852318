// @verdict WA
// Returns the prior n / (n + m): the k heads are treated as independent of which coin was drawn.
function probRealCoin(n: number, m: number, k: number): number {
  return n / (n + m);
}
