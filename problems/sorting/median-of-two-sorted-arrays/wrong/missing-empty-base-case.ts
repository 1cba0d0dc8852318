// @verdict RE
// The k-th-element recursion without its base case "one array is empty": once an array is empty (from
// the start, or used up) it makes no progress and recurses until the stack overflows.
function findMedianSortedArrays(nums1: number[], nums2: number[]): number {
  // k-th smallest (1-based) of a[ai..] and b[bi..].
  const kth = (a: number[], ai: number, b: number[], bi: number, k: number): number => {
    if (a.length - ai > b.length - bi) return kth(b, bi, a, ai, k);
    if (k === 1) return a[ai]! < b[bi]! ? a[ai]! : b[bi]!;
    const i = Math.min(a.length - ai, k >> 1);
    const j = k - i;
    if (a[ai + i - 1]! < b[bi + j - 1]!) return kth(a, ai + i, b, bi, k - i);
    return kth(a, ai, b, bi + j, k - j);
  };
  const t = nums1.length + nums2.length;
  if (t % 2 === 1) return kth(nums1, 0, nums2, 0, (t + 1) / 2);
  return (kth(nums1, 0, nums2, 0, t / 2) + kth(nums1, 0, nums2, 0, t / 2 + 1)) / 2;
}
