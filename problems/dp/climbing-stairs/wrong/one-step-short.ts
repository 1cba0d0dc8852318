// @verdict WA
// Off by one: the loop stops one step early and returns F(n) instead of F(n + 1) (1 way for n = 2, not 2).
function climbStairs(n: number): number {
  let prev = 1;
  let cur = 1;
  for (let i = 2; i < n; i++) {
    const next = prev + cur;
    prev = cur;
    cur = next;
  }
  return cur;
}
