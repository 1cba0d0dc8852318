function findTop3(race: (horses: number[]) => number[]): number[] {
  // race(horses)：一次最多 5 匹不同的马（编号 0..24），返回按名次排好的编号（最快的在前）；最多调用 7 次
  return [];
}
