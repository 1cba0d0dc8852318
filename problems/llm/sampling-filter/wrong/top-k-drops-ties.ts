// @verdict WA
// Top-k keeps exactly k tokens in sorted order, dropping the tokens tied with the k-th largest logit.
function filterLogits(logits: number[], temperature: number, topK: number, topP: number, repetitionPenalty: number, previousTokens: number[]): number[] {
  const v = logits.length;
  const s = logits.slice();
  if (repetitionPenalty !== 1) {
    for (const t of new Set(previousTokens)) s[t] = s[t]! > 0 ? s[t]! / repetitionPenalty : s[t]! * repetitionPenalty;
  }
  for (let i = 0; i < v; i++) s[i] = s[i]! / temperature;
  const order = Array.from({ length: v }, (_, i) => i).sort((a, b) => s[b]! - s[a]! || a - b);
  let kept = v;
  if (topK > 0 && topK < v) {
    kept = topK; // exactly k tokens: ties with the k-th largest logit are dropped
  }
  const max = s[order[0]!]!;
  const e = order.slice(0, kept).map((t) => Math.exp(s[t]! - max));
  let sum = e.reduce((a, b) => a + b, 0);
  if (topP < 1) {
    let cum = 0;
    let r = 0;
    while (r < kept) {
      cum += e[r]! / sum;
      r++;
      if (cum >= topP) break;
    }
    kept = r;
    sum = e.slice(0, kept).reduce((a, b) => a + b, 0);
  }
  const probs = new Array<number>(v).fill(0);
  for (let r = 0; r < kept; r++) probs[order[r]!] = e[r]! / sum;
  return probs;
}
