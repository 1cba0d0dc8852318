function findSumTriples(nums: number[]): number[][] {
  // Work on distinct values with their multiplicities: a triple of values is realisable from three
  // distinct positions exactly when every value occurs at least as often as the triple uses it.
  const count = new Map<number, number>();
  for (const x of nums) count.set(x, (count.get(x) ?? 0) + 1);
  const values = [...count.keys()].sort((x, y) => x - y);
  const out: number[][] = [];
  for (let i = 0; i < values.length; i++) {
    const a = values[i]!;
    for (let j = i; j < values.length; j++) {
      const b = values[j]!;
      const c = a + b;
      const cc = count.get(c);
      if (cc === undefined) continue;
      // How many copies of a, b and c the triple uses: a = b = c = 0 needs three zeros, a + 0 = a needs
      // a twice, a + a = 2a needs a twice.
      const needA = 1 + (b === a ? 1 : 0) + (c === a ? 1 : 0);
      const needB = b === a ? needA : 1 + (c === b ? 1 : 0);
      if (count.get(a)! < needA || count.get(b)! < needB || cc < 1) continue;
      out.push([a, b, c]);
    }
  }
  return out;
}
