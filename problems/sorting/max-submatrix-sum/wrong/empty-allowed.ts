// @verdict WA
// Row bands + Kadane, but Kadane floors the running sum at 0 and the best starts at 0: an all-negative matrix answers 0, the empty submatrix.
function maxSubmatrixSum(matrix: number[][]): number {
  const rows = matrix.length;
  const cols = matrix[0]!.length;
  let best = 0;
  for (let top = 0; top < rows; top++) {
    const colSum = new Array<number>(cols).fill(0);
    for (let bottom = top; bottom < rows; bottom++) {
      let cur = 0;
      for (let j = 0; j < cols; j++) {
        colSum[j] = colSum[j]! + matrix[bottom]![j]!;
        cur = Math.max(0, cur + colSum[j]!);
        best = Math.max(best, cur);
      }
    }
  }
  return best;
}
