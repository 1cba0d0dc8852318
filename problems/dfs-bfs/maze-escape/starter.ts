function maxEscapeSteps(grid: string[]): number {
  // '#' 墙，'.' 空地，'P' 人，'E' 出口 · wall, open, person, exit
  return 0;
}
