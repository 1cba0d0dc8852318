// @verdict WA
// Finds the rotation point by comparing with nums[0]; an array that is not rotated gets the pivot n - 1, so its last element is never searched.
function search(nums: number[], target: number): number {
  const n = nums.length;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid]! >= nums[0]!) lo = mid + 1;
    else hi = mid;
  }
  const pivot = lo; // index of the minimum, if the array is rotated
  let l = target >= nums[0]! ? 0 : pivot;
  let r = target >= nums[0]! ? pivot - 1 : n - 1;
  if (pivot === 0) {
    l = 0;
    r = n - 1;
  }
  while (l <= r) {
    const mid = (l + r) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[mid]! < target) l = mid + 1;
    else r = mid - 1;
  }
  return -1;
}
