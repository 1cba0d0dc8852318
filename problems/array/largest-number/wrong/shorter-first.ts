// @verdict WA
// Compares digit by digit and, when one string is a prefix of the other, puts the shorter one first: right for 12 vs 121 but wrong for 3 vs 34 ("334" < "343").
function largestNumber(nums: number[]): string {
  const strs = nums.map(String).sort((a, b) => {
    const len = Math.min(a.length, b.length);
    for (let i = 0; i < len; i++) if (a[i] !== b[i]) return a[i]! > b[i]! ? -1 : 1;
    return a.length - b.length;
  });
  if (strs[0] === '0') return '0';
  return strs.join('');
}
