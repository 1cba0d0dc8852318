function hashFeatures(features: string[], dim: number): [number, number][] {
  // 在这里写你的代码 · write your code here
  return [];
}
