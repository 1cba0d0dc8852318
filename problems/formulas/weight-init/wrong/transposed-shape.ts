// @verdict WA
// Returns the matrix as [fanIn][fanOut] instead of nn.Linear's [fanOut][fanIn].
function initWeights(
  kind: 'xavier_uniform' | 'xavier_normal' | 'kaiming_uniform' | 'kaiming_normal',
  fanIn: number,
  fanOut: number,
  rand: () => number,
): number[][] {
  // Uniform kinds: U(−bound, bound). Normal kinds: N(0, std²). Kaiming uses the ReLU gain √2 and fan_in.
  let uniform: boolean;
  let scale: number;
  switch (kind) {
    case 'xavier_uniform':
      uniform = true;
      scale = Math.sqrt(6 / (fanIn + fanOut));
      break;
    case 'xavier_normal':
      uniform = false;
      scale = Math.sqrt(2 / (fanIn + fanOut));
      break;
    case 'kaiming_uniform':
      uniform = true;
      scale = Math.sqrt(2) * Math.sqrt(3 / fanIn);
      break;
    case 'kaiming_normal':
      uniform = false;
      scale = Math.sqrt(2) / Math.sqrt(fanIn);
      break;
  }

  // Box–Muller: two uniforms give two independent standard normals; keep the second for the next call.
  let spare = 0;
  let hasSpare = false;
  const standardNormal = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    const u1 = 1 - rand(); // in (0, 1]: log(0) would be −Infinity
    const u2 = rand();
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    hasSpare = true;
    return r * Math.cos(2 * Math.PI * u2);
  };

  // Shape [fanOut][fanIn], like nn.Linear(fanIn, fanOut).weight.
  const weights: number[][] = [];
  for (let o = 0; o < fanIn; o++) {
    const row = new Array<number>(fanOut);
    for (let i = 0; i < fanOut; i++) row[i] = uniform ? scale * (2 * rand() - 1) : scale * standardNormal();
    weights.push(row);
  }
  return weights;
}
