// @verdict WA
// Takes the number of columns to be matrix.length: right for square matrices, wrong for every m × n with m ≠ n.
function spiralOrder(matrix: number[][]): number[] {
  const n = matrix.length;
  const out: number[] = [];
  let top = 0, bottom = n - 1, left = 0, right = n - 1;
  while (top <= bottom && left <= right) {
    for (let j = left; j <= right; j++) out.push(matrix[top]![j]!);
    top++;
    for (let i = top; i <= bottom; i++) out.push(matrix[i]![right]!);
    right--;
    if (top <= bottom) {
      for (let j = right; j >= left; j--) out.push(matrix[bottom]![j]!);
      bottom--;
    }
    if (left <= right) {
      for (let i = bottom; i >= top; i--) out.push(matrix[i]![left]!);
      left++;
    }
  }
  return out;
}
