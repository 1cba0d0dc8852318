// @verdict WA
// Averages the two middle elements with integer division: Math.floor((a + b) / 2) turns 2.5 into 2.
function findMedianSortedArrays(nums1: number[], nums2: number[]): number {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < nums1.length || j < nums2.length) {
    if (j === nums2.length || (i < nums1.length && nums1[i]! <= nums2[j]!)) merged.push(nums1[i++]!);
    else merged.push(nums2[j++]!);
  }
  const t = merged.length;
  if (t % 2 === 1) return merged[(t - 1) / 2]!;
  return Math.floor((merged[t / 2 - 1]! + merged[t / 2]!) / 2);
}
