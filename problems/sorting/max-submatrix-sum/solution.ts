function maxSubmatrixSum(matrix: number[][]): number {
  // Fix a band of rows [top, bottom]: summing each column over the band turns the band into a 1-D
  // array, whose best subarray (Kadane) is the best submatrix with exactly these rows. Growing
  // bottom by one adds one row to the column sums, so each band costs O(cols).
  // Rows are the shorter side (transpose otherwise): O(min² · max) time.
  let a = matrix;
  if (a.length > a[0]!.length) {
    a = a[0]!.map((_, j) => matrix.map((row) => row[j]!));
  }
  const rows = a.length;
  const cols = a[0]!.length;
  const colSum = new Float64Array(cols);
  let best = -Infinity;
  for (let top = 0; top < rows; top++) {
    colSum.fill(0);
    for (let bottom = top; bottom < rows; bottom++) {
      const row = a[bottom]!;
      // Kadane over the column sums of rows top..bottom (non-empty: start from the first column).
      let cur = 0;
      for (let j = 0; j < cols; j++) {
        const v = (colSum[j] = colSum[j]! + row[j]!);
        cur = j > 0 && cur > 0 ? cur + v : v;
        if (cur > best) best = cur;
      }
    }
  }
  return best;
}
