// @verdict WA
// Walks the four sides of every layer without checking whether the last layer is a single row or column: those elements are output twice.
function spiralOrder(matrix: number[][]): number[] {
  const out: number[] = [];
  let top = 0;
  let bottom = matrix.length - 1;
  let left = 0;
  let right = matrix[0]!.length - 1;
  while (top <= bottom && left <= right) {
    for (let j = left; j <= right; j++) out.push(matrix[top]![j]!);
    top++;
    for (let i = top; i <= bottom; i++) out.push(matrix[i]![right]!);
    right--;
    for (let j = right; j >= left; j--) out.push(matrix[bottom]![j]!);
    bottom--;
    for (let i = bottom; i >= top; i--) out.push(matrix[i]![left]!);
    left++;
  }
  return out;
}
