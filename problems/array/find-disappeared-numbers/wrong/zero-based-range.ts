// @verdict WA
// Off by one: marks seen[v] instead of seen[v - 1] and reports the range 0..n-1 instead of 1..n.
function findDisappearedNumbers(nums: number[]): number[] {
  const n = nums.length;
  const seen = new Array<boolean>(n).fill(false);
  for (const v of nums) seen[v] = true;
  const missing: number[] = [];
  for (let i = 0; i < n; i++) if (!seen[i]) missing.push(i);
  return missing;
}
