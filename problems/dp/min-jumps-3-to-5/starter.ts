function minJumps(arr: number[]): number {
  // 从下标 -1 出发，每次跳 3、4 或 5 步，只能落在 0 上或恰好落在 n · start at -1, land on 0s or exactly on n
  return -1;
}
