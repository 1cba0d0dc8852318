function spiralOrder(matrix: number[][]): number[] {
  // Peel the matrix layer by layer, keeping the bounds of the part not yet visited:
  // rows top..bottom and columns left..right, all inclusive.
  const out: number[] = [];
  let top = 0;
  let bottom = matrix.length - 1;
  let left = 0;
  let right = matrix[0]!.length - 1;
  while (top <= bottom && left <= right) {
    for (let j = left; j <= right; j++) out.push(matrix[top]![j]!); // → along the top row
    top++;
    for (let i = top; i <= bottom; i++) out.push(matrix[i]![right]!); // ↓ down the right column
    right--;
    // What is left may be a single row or a single column: it was just walked, do not walk it back.
    if (top <= bottom) {
      for (let j = right; j >= left; j--) out.push(matrix[bottom]![j]!); // ← along the bottom row
      bottom--;
    }
    if (left <= right) {
      for (let i = bottom; i >= top; i--) out.push(matrix[i]![left]!); // ↑ up the left column
      left++;
    }
  }
  return out;
}
