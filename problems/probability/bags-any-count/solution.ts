function packBags(balls: number, bags: number): number[] | null {
  // k bags can make at most 2^k − 1 different non-empty selections, so balls ≤ 2^bags − 1 is necessary.
  // (bags is capped in the exponent: 2^60 already exceeds every possible balls.)
  if (2 ** Math.min(bags, 60) - 1 < balls) return null;
  const sizes: number[] = [];
  let covered = 0; // invariant: every count 0 … covered is a sum of some of the bags so far
  for (let i = 0; i < bags; i++) {
    const left = bags - i; // bags still to fill, this one included
    const rest = balls - covered; // balls not yet placed
    // As large as possible (doubling: covered + 1), but leave at least one ball for each later bag.
    const size = Math.min(covered + 1, rest - (left - 1));
    sizes.push(size);
    covered += size; // a new bag of size ≤ covered + 1 extends the range to 0 … covered + size
  }
  return sizes;
}
