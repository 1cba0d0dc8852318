function learningRate(step: number, baseLr: number, warmupSteps: number, totalSteps: number, minLr: number): number {
  // 在这里写你的代码 · write your code here
  return 0;
}
