// @verdict RE
// Ignores the injected rand() and calls Math.random(), which throws in this problem.
function initWeights(
  kind: 'xavier_uniform' | 'xavier_normal' | 'kaiming_uniform' | 'kaiming_normal',
  fanIn: number,
  fanOut: number,
  rand: () => number,
): number[][] {
  const bound = kind.startsWith('xavier') ? Math.sqrt(6 / (fanIn + fanOut)) : Math.sqrt(6 / fanIn);
  return Array.from({ length: fanOut }, () => Array.from({ length: fanIn }, () => bound * (2 * Math.random() - 1)));
}
