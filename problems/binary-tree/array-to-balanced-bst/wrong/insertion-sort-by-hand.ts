// @verdict TLE
// Avoids the library sort with a hand-written insertion sort, O(n²), then builds from the middle.
function buildBalancedBST(nums: number[]): TreeNode | null {
  const a = nums.slice();
  for (let i = 1; i < a.length; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
  const build = (lo: number, hi: number): TreeNode | null => {
    if (lo > hi) return null;
    const mid = (lo + hi) >> 1;
    return new TreeNode(a[mid]!, build(lo, mid - 1), build(mid + 1, hi));
  };
  return build(0, a.length - 1);
}
