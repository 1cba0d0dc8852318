// @verdict WA
// Normalises along the wrong axis (over each column, like softmax(dim=0) on a (B, C) tensor).
function softmax(logits: number[][]): number[][] {
  const rows = logits.length;
  const cols = logits[0]!.length;
  const out = logits.map((row) => row.slice());
  for (let j = 0; j < cols; j++) {
    let max = -Infinity;
    for (let i = 0; i < rows; i++) max = Math.max(max, logits[i]![j]!);
    let sum = 0;
    for (let i = 0; i < rows; i++) sum += (out[i]![j] = Math.exp(logits[i]![j]! - max));
    for (let i = 0; i < rows; i++) out[i]![j] = out[i]![j]! / sum;
  }
  return out;
}
