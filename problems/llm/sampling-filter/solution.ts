function filterLogits(
  logits: number[],
  temperature: number,
  topK: number,
  topP: number,
  repetitionPenalty: number,
  previousTokens: number[],
): number[] {
  const v = logits.length;
  const s = logits.slice();

  // 1. Repetition penalty (HF RepetitionPenaltyLogitsProcessor): every distinct previous token once;
  //    a positive logit is divided by the penalty, a negative one multiplied (both lower it when penalty > 1).
  if (repetitionPenalty !== 1) {
    const seen = new Uint8Array(v);
    for (const t of previousTokens) {
      if (seen[t]) continue;
      seen[t] = 1;
      s[t] = s[t]! > 0 ? s[t]! / repetitionPenalty : s[t]! * repetitionPenalty;
    }
  }

  // 2. Temperature.
  for (let i = 0; i < v; i++) s[i] = s[i]! / temperature;

  // Token ids by processed logit, highest first; equal logits: lower id first.
  const order = Array.from({ length: v }, (_, i) => i).sort((a, b) => s[b]! - s[a]! || a - b);

  // 3. Top-k: keep every token whose logit is >= the k-th largest (ties with the k-th are kept).
  let kept = v;
  if (topK > 0 && topK < v) {
    const kth = s[order[topK - 1]!]!;
    kept = topK;
    while (kept < v && s[order[kept]!]! === kth) kept++;
  }

  // Softmax over the survivors, with the maximum subtracted (order[0] holds the maximum).
  const max = s[order[0]!]!;
  const e = new Array<number>(kept);
  let sum = 0;
  for (let r = 0; r < kept; r++) {
    e[r] = Math.exp(s[order[r]!]! - max);
    sum += e[r]!;
  }

  // 4. Top-p: the shortest prefix (in the order above) whose probability mass reaches topP; at least one token.
  if (topP < 1) {
    let cum = 0;
    let r = 0;
    while (r < kept) {
      cum += e[r]! / sum;
      r++;
      if (cum >= topP) break;
    }
    kept = r;
    sum = 0;
    for (let q = 0; q < kept; q++) sum += e[q]!;
  }

  // Renormalise over the final survivors; every other token gets exactly 0.
  const probs = new Array<number>(v).fill(0);
  for (let r = 0; r < kept; r++) probs[order[r]!] = e[r]! / sum;
  return probs;
}
