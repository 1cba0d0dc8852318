// @verdict WA
// Sorts and returns the middle element, which is the majority only when one exists; never answers -1.
function majorityElement(nums: number[]): number {
  const sorted = [...nums].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
