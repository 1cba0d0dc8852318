function moeRoute(
  x: number[][],
  gateWeights: number[][],
  k: number,
): { experts: number[][]; weights: number[][]; auxLoss: number } {
  const tokens = x.length;
  const d = gateWeights.length;
  const numExperts = gateWeights[0]!.length;
  const experts: number[][] = [];
  const weights: number[][] = [];
  const routed = new Array<number>(numExperts).fill(0); // tokens whose top-k includes expert i
  const probSum = new Array<number>(numExperts).fill(0); // Σ over tokens of the full softmax

  for (let t = 0; t < tokens; t++) {
    // Router logits: x[t] · W (W is [d][numExperts]).
    const logits = new Float64Array(numExperts);
    for (let j = 0; j < d; j++) {
      const xj = x[t]![j]!;
      const row = gateWeights[j]!;
      for (let e = 0; e < numExperts; e++) logits[e] += xj * row[e]!;
    }
    // Full softmax, maximum subtracted.
    let max = -Infinity;
    for (const l of logits) if (l > max) max = l;
    const p = new Float64Array(numExperts);
    let total = 0;
    for (let e = 0; e < numExperts; e++) {
      p[e] = Math.exp(logits[e]! - max);
      total += p[e]!;
    }
    for (let e = 0; e < numExperts; e++) {
      p[e] = p[e]! / total;
      probSum[e] += p[e]!;
    }
    // Top-k by logit, ties to the lower index: k selection passes, each taking the first strict maximum
    // among the experts not chosen yet (O(E·k); a stable sort of 0..E-1 works as well).
    const taken = new Uint8Array(numExperts);
    const top: number[] = [];
    for (let r = 0; r < k; r++) {
      let best = -1;
      for (let e = 0; e < numExperts; e++) if (!taken[e] && (best < 0 || logits[e]! > logits[best]!)) best = e;
      taken[best] = 1;
      top.push(best);
    }
    // Renormalise the selected probabilities (= softmax over the k selected logits, as in Mixtral).
    let sel = 0;
    for (const e of top) sel += p[e]!;
    experts.push(top);
    weights.push(top.map((e) => p[e]! / sel));
    for (const e of top) routed[e]++;
  }

  // Load-balancing loss (HF Mixtral load_balancing_loss_func): E · Σ_i f_i · P_i.
  let auxLoss = 0;
  for (let e = 0; e < numExperts; e++) auxLoss += (routed[e]! / tokens) * (probSum[e]! / tokens);
  return { experts, weights, auxLoss: numExperts * auxLoss };
}
