function topKOfTwo(a: number[], b: number[], k: number): number[] {
  // Merge from the fronts (the largest values) and stop after k elements: the k largest of the union are
  // exactly the first k outputs of the merge.
  const out: number[] = new Array<number>(k);
  let i = 0;
  let j = 0;
  for (let t = 0; t < k; t++) {
    // Take from a when b is used up, or when a's head is at least b's head.
    if (j >= b.length || (i < a.length && a[i]! >= b[j]!)) out[t] = a[i++]!;
    else out[t] = b[j++]!;
  }
  return out;
}
