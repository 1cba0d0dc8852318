// @verdict TLE
// The right recurrence, f(x) = 1 + min f(x - c), as plain recursion without memoisation: exponentially many calls.
function coinChange(coins: number[], amount: number): number {
  const f = (x: number): number => {
    if (x === 0) return 0;
    let best = Infinity;
    for (const c of coins) {
      if (c <= x) {
        const r = f(x - c);
        if (r >= 0 && r + 1 < best) best = r + 1;
      }
    }
    return best === Infinity ? -1 : best;
  };
  return f(amount);
}
