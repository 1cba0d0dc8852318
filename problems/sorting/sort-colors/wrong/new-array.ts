// @verdict WA
// Counts the colours and builds a new sorted array, then returns it: the caller's array is never modified.
function sortColors(nums: number[]): void {
  const count = [0, 0, 0];
  for (const v of nums) count[v]!++;
  const sorted: number[] = [];
  for (let c = 0; c < 3; c++) for (let k = 0; k < count[c]!; k++) sorted.push(c);
  nums = sorted;
}
