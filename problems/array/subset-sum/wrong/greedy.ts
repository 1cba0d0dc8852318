// @verdict WA
// Greedy: takes the largest elements that still fit. It fails when a large element blocks a better combination (5 + ? vs 3 + 3 for m = 6).
function hasSubsetSum(nums: number[], m: number): boolean {
  const sorted = [...nums].sort((a, b) => b - a);
  let left = m;
  for (const x of sorted) if (x <= left) left -= x;
  return left === 0;
}
