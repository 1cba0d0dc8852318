function canPartitionKSubsets(nums: number[], k: number): boolean {
  // 在这里写你的代码 · write your code here
  return false;
}
