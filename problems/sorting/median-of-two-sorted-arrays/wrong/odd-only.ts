// @verdict WA
// Ignores the even case: always returns the element at index ⌊(m + n) / 2⌋ of the merged order, which
// for an even total is the upper of the two middle elements instead of their mean.
function findMedianSortedArrays(nums1: number[], nums2: number[]): number {
  const target = (nums1.length + nums2.length) >> 1;
  let i = 0;
  let j = 0;
  for (let taken = 0; ; taken++) {
    const fromFirst = j === nums2.length || (i < nums1.length && nums1[i]! <= nums2[j]!);
    const v = fromFirst ? nums1[i++]! : nums2[j++]!;
    if (taken === target) return v;
  }
}
