/**
 * // This is the MountainArray's API interface.
 * // You should not implement it, or speculate about its implementation
 * interface MountainArray {
 *   get(index: number): number;
 *   length(): number;
 * }
 */
function findInMountainArray(target: number, mountainArr: MountainArray): number {
  // 在这里写你的代码 · write your code here
  return -1;
}
