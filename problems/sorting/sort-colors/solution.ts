function sortColors(nums: number[]): void {
  // Dutch national flag, one pass. Invariant:
  //   [0, lo) are 0s,  [lo, i) are 1s,  [i, hi] not seen yet,  (hi, n) are 2s.
  let lo = 0;
  let i = 0;
  let hi = nums.length - 1;
  while (i <= hi) {
    const v = nums[i]!;
    if (v === 0) {
      // nums[lo] is a 1 (or i === lo), so after the swap position i is settled: move on.
      nums[i] = nums[lo]!;
      nums[lo] = 0;
      lo++;
      i++;
    } else if (v === 2) {
      // The value swapped in from hi has not been seen yet: do not advance i.
      nums[i] = nums[hi]!;
      nums[hi] = 2;
      hi--;
    } else {
      i++;
    }
  }
}
