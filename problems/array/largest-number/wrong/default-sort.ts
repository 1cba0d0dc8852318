// @verdict WA
// Sorts the digit strings in plain descending lexicographic order: "30" > "3", so [3, 30] gives "303" instead of "330".
function largestNumber(nums: number[]): string {
  const strs = nums.map(String).sort().reverse();
  if (strs[0] === '0') return '0';
  return strs.join('');
}
