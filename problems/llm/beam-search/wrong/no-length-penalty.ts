// @verdict WA
// Compares finished hypotheses by their raw sum of log-probs, ignoring the length penalty (favours short outputs).
function beamSearch(startLogProbs: number[], transitionLogProbs: number[][], eos: number, numBeams: number, maxLength: number, lengthPenalty: number): number[] {
  let beams: { seq: number[]; score: number }[] = [{ seq: [], score: 0 }];
  const finished: { seq: number[]; norm: number }[] = [];
  const finish = (seq: number[], score: number): void => {
    finished.push({ seq, norm: score });
  };
  for (let t = 1; t <= maxLength; t++) {
    const cands: { b: number; v: number; score: number }[] = [];
    beams.forEach((beam, b) => {
      const row = t === 1 ? startLogProbs : transitionLogProbs[beam.seq[beam.seq.length - 1]!]!;
      row.forEach((lp, v) => cands.push({ b, v, score: beam.score + lp }));
    });
    cands.sort((x, y) => y.score - x.score || x.b - y.b || x.v - y.v);
    const next: { seq: number[]; score: number }[] = [];
    for (let r = 0; r < cands.length && next.length < numBeams; r++) {
      const c = cands[r]!;
      const seq = [...beams[c.b]!.seq, c.v];
      if (c.v === eos) {
        if (r < numBeams) finish(seq, c.score);
      } else next.push({ seq, score: c.score });
    }
    beams = next;
    if (finished.length >= numBeams) break;
    if (t === maxLength) for (const beam of beams) finish(beam.seq, beam.score);
  }
  let best = finished[0]!;
  for (const f of finished) if (f.norm > best.norm) best = f;
  return best.seq;
}
