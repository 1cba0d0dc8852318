function beamSearch(
  startLogProbs: number[],
  transitionLogProbs: number[][],
  eos: number,
  numBeams: number,
  maxLength: number,
  lengthPenalty: number,
): number[] {
  const vocab = startLogProbs.length;
  interface Beam {
    seq: number[];
    score: number; // sum of log-probabilities
  }
  interface Cand {
    beam: number; // rank of the parent beam
    token: number;
    score: number;
  }
  // Candidate order: higher score first, then the better-ranked parent beam, then the smaller token.
  const before = (x: Cand, y: Cand): boolean =>
    x.score !== y.score ? x.score > y.score : x.beam !== y.beam ? x.beam < y.beam : x.token < y.token;

  let beams: Beam[] = [{ seq: [], score: 0 }];
  let best: number[] = [];
  let bestNorm = -Infinity;
  let finished = 0;
  const finish = (seq: number[], score: number): void => {
    const norm = score / Math.pow(seq.length, lengthPenalty);
    if (norm > bestNorm) {
      // strictly better: among equal normalised scores the earliest finished hypothesis stays
      bestNorm = norm;
      best = seq;
    }
    finished++;
  };

  // At most 2·numBeams candidates are ever looked at in one step (each beam yields one EOS candidate,
  // and the scan stops once numBeams beams are alive), so keep only the best 2·numBeams, sorted.
  const keep = 2 * numBeams;
  for (let t = 1; t <= maxLength; t++) {
    const top: Cand[] = [];
    for (let b = 0; b < beams.length; b++) {
      const beam = beams[b]!;
      const row = t === 1 ? startLogProbs : transitionLogProbs[beam.seq[beam.seq.length - 1]!]!;
      for (let v = 0; v < vocab; v++) {
        const c: Cand = { beam: b, token: v, score: beam.score + row[v]! };
        if (top.length === keep && !before(c, top[keep - 1]!)) continue;
        let i = top.length === keep ? keep - 1 : top.length; // insertion into the sorted short list
        while (i > 0 && before(c, top[i - 1]!)) {
          top[i] = top[i - 1]!;
          i--;
        }
        top[i] = c;
      }
    }

    const next: Beam[] = [];
    for (let r = 0; r < top.length && next.length < numBeams; r++) {
      const c = top[r]!;
      const seq = [...beams[c.beam]!.seq, c.token];
      if (c.token === eos) {
        if (r < numBeams) finish(seq, c.score); // an EOS ranked below numBeams is dropped (as in HF)
      } else {
        next.push({ seq, score: c.score });
      }
    }
    beams = next;
    if (finished >= numBeams) break; // early stopping: numBeams finished hypotheses
    if (t === maxLength) for (const beam of beams) finish(beam.seq, beam.score); // out of length
  }
  return best;
}
