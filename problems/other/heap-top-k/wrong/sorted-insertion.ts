// @verdict TLE
// Keeps the k largest in a descending array and inserts each newcomer by shifting (insertion sort): Θ(k) per insertion, about n·k = 10^9 moves when the input keeps rising.
function topK(nums: number[], k: number): number[] {
  const top: number[] = [];
  for (const x of nums) {
    if (top.length === k) {
      if (x <= top[k - 1]!) continue;
      top.pop();
    }
    let i = top.length;
    top.push(x);
    while (i > 0 && top[i - 1]! < x) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = x;
  }
  return top;
}
