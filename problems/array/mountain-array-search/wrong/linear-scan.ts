// @verdict WA
// Reads the elements one by one: correct values, but far more than 100 calls to get on long arrays.
function findInMountainArray(target: number, mountainArr: MountainArray): number {
  const n = mountainArr.length();
  for (let i = 0; i < n; i++) if (mountainArr.get(i) === target) return i;
  return -1;
}
