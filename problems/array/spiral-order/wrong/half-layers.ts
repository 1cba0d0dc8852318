// @verdict WA
// Runs exactly ⌊min(m, n) / 2⌋ full rings: when min(m, n) is odd the middle row, column or centre is never output.
function spiralOrder(matrix: number[][]): number[] {
  const m = matrix.length;
  const n = matrix[0]!.length;
  const out: number[] = [];
  const layers = Math.floor(Math.min(m, n) / 2);
  for (let k = 0; k < layers; k++) {
    const top = k, bottom = m - 1 - k, left = k, right = n - 1 - k;
    for (let j = left; j < right; j++) out.push(matrix[top]![j]!);
    for (let i = top; i < bottom; i++) out.push(matrix[i]![right]!);
    for (let j = right; j > left; j--) out.push(matrix[bottom]![j]!);
    for (let i = bottom; i > top; i--) out.push(matrix[i]![left]!);
  }
  return out;
}
