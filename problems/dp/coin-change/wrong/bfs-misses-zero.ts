// @verdict WA
// BFS on the remaining amount that only checks "reached 0" after paying a coin: for amount = 0 it returns -1 instead of 0.
function coinChange(coins: number[], amount: number): number {
  const seen = new Uint8Array(amount + 1);
  let frontier = [amount];
  for (let steps = 1; frontier.length > 0; steps++) {
    const next: number[] = [];
    for (const x of frontier) {
      for (const c of coins) {
        const y = x - c;
        if (y === 0) return steps;
        if (y > 0 && !seen[y]) {
          seen[y] = 1;
          next.push(y);
        }
      }
    }
    frontier = next;
  }
  return -1;
}
