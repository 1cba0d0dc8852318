function largestNumber(nums: number[]): string {
  // a goes before b exactly when the concatenation a + b beats b + a. Both strings have the same
  // length, so comparing them as strings compares them as numbers (digits only, no sign).
  const strs = nums.map(String);
  strs.sort((a, b) => {
    const ab = a + b;
    const ba = b + a;
    return ab === ba ? 0 : ab > ba ? -1 : 1;
  });
  // The largest piece comes first: if it is "0", every piece is "0".
  if (strs[0] === '0') return '0';
  return strs.join('');
}
