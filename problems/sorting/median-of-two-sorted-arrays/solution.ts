function findMedianSortedArrays(nums1: number[], nums2: number[]): number {
  // Cut both arrays so that the left parts together hold half of the elements (the extra one when the
  // total is odd) and every left element is <= every right element. The cut i of the shorter array is
  // found by binary search; the cut j of the other array follows from it.
  if (nums1.length > nums2.length) [nums1, nums2] = [nums2, nums1];
  const m = nums1.length;
  const n = nums2.length;
  const half = (m + n + 1) >> 1;
  let lo = 0;
  let hi = m;
  while (lo <= hi) {
    const i = (lo + hi) >> 1; // elements of nums1 in the left part
    const j = half - i; // elements of nums2 in the left part, 0 <= j <= n since m <= n
    const left1 = i > 0 ? nums1[i - 1]! : -Infinity;
    const right1 = i < m ? nums1[i]! : Infinity;
    const left2 = j > 0 ? nums2[j - 1]! : -Infinity;
    const right2 = j < n ? nums2[j]! : Infinity;
    if (left1 > right2) {
      hi = i - 1; // too many from nums1
    } else if (left2 > right1) {
      lo = i + 1; // too few from nums1
    } else {
      const leftMax = Math.max(left1, left2);
      if ((m + n) % 2 === 1) return leftMax;
      return (leftMax + Math.min(right1, right2)) / 2;
    }
  }
  throw new RangeError('the arrays are not sorted');
}
