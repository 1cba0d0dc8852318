// @verdict TLE
// The right recurrence without memoisation: the same subproblems are solved again and again, about
// 2·F(n) calls, some 2.3 billion for n = 45.
function climbStairs(n: number): number {
  if (n <= 2) return n;
  return climbStairs(n - 1) + climbStairs(n - 2);
}
