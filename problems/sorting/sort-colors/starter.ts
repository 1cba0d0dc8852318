function sortColors(nums: number[]): void {
  // 原地修改 nums，不要返回新数组；本题禁止使用 sort() · modify nums in place; sort() is not allowed
}
