// @verdict WA
// Row bands start at two rows (bottom from top + 1): submatrices of a single row are never tried.
function maxSubmatrixSum(matrix: number[][]): number {
  const rows = matrix.length;
  const cols = matrix[0]!.length;
  let best = -Infinity;
  for (let top = 0; top < rows; top++) {
    const colSum = matrix[top]!.slice();
    for (let bottom = top + 1; bottom < rows; bottom++) {
      let cur = -Infinity;
      for (let j = 0; j < cols; j++) {
        colSum[j] = colSum[j]! + matrix[bottom]![j]!;
        cur = Math.max(colSum[j]!, cur + colSum[j]!);
        best = Math.max(best, cur);
      }
    }
  }
  if (rows === 1) {
    let cur = -Infinity;
    for (const v of matrix[0]!) {
      cur = Math.max(v, cur + v);
      best = Math.max(best, cur);
    }
  }
  return best;
}
