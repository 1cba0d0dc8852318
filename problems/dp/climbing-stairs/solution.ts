function climbStairs(n: number): number {
  // ways(i) = ways(i - 1) + ways(i - 2): the last move is a single step or a double step.
  // Only the last two values are needed; start from ways(0) = 1 (the empty climb) and ways(1) = 1.
  let prev = 1; // ways(i - 2)
  let cur = 1; // ways(i - 1)
  for (let i = 2; i <= n; i++) {
    const next = prev + cur;
    prev = cur;
    cur = next;
  }
  return cur;
}
