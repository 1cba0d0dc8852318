function findDisappearedNumbers(nums: number[]): number[] {
  // The array is its own hash set: seeing the value v makes nums[v - 1] negative. A slot may already
  // hold a negated value, hence Math.abs when reading.
  for (let i = 0; i < nums.length; i++) {
    const slot = Math.abs(nums[i]!) - 1;
    if (nums[slot]! > 0) nums[slot] = -nums[slot]!;
  }
  // Slots left positive belong to values never seen; restore the signs on the way.
  const missing: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    if (nums[i]! > 0) missing.push(i + 1);
    else nums[i] = -nums[i]!;
  }
  return missing;
}
