// @verdict WA
// Greedy: always takes as many of the largest coin as fit. Wrong for [1,3,4] and 6 (4+1+1 instead of 3+3), and may get stuck.
function coinChange(coins: number[], amount: number): number {
  const sorted = [...coins].sort((a, b) => b - a);
  let left = amount;
  let count = 0;
  for (const c of sorted) {
    count += Math.floor(left / c);
    left %= c;
  }
  return left === 0 ? count : -1;
}
