function crfNll(emissions: number[][], tags: number[], transitions: number[][], start: number[], end: number[]): number {
  // 返回 log Z − score(tags) · return log Z − score(tags)
  return 0;
}
