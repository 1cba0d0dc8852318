function majorityElement(nums: number[]): number {
  // Boyer–Moore voting: pair off different values; a value occurring more than n/2 times cannot be
  // cancelled out entirely, so if a majority exists it is the survivor.
  let candidate = -1;
  let count = 0;
  for (const x of nums) {
    if (count === 0) candidate = x;
    count += x === candidate ? 1 : -1;
  }
  // The survivor need not be a majority (e.g. [1,2,1,2] leaves 1): count it to make sure.
  let occurrences = 0;
  for (const x of nums) if (x === candidate) occurrences++;
  return occurrences * 2 > nums.length ? candidate : -1;
}
