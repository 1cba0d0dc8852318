function topK(nums: number[], k: number): number[] {
  // A min-heap of the k largest values seen so far: its root is the smallest of them, the one a
  // larger newcomer replaces. heap[0] is the root; the children of i are 2i + 1 and 2i + 2.
  const heap = new Float64Array(k);
  let size = 0;

  // Sift up: the hole starts at i; larger parents move down until x fits.
  const siftUp = (i: number, x: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]! <= x) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = x;
  };

  // Replaces the root of the n-element heap by x (Floyd's bottom-up sift-down): move the hole down
  // along the smaller children all the way to a leaf, then sift x up from there. One comparison per
  // level on the way down; x usually belongs near the bottom, so the way up is short.
  const replaceRoot = (x: number, n: number): void => {
    let i = 0;
    let child = 1;
    while (child < n) {
      if (child + 1 < n && heap[child + 1]! < heap[child]!) child++;
      heap[i] = heap[child]!;
      i = child;
      child = 2 * i + 1;
    }
    siftUp(i, x);
  };

  for (const x of nums) {
    if (size < k) siftUp(size++, x);
    else if (x > heap[0]!) replaceRoot(x, k); // x beats the smallest of the k kept
  }

  // Pop the minimum k times: the values come out ascending, so fill the answer from the back.
  const result = new Array<number>(k);
  for (let n = k; n > 0; n--) {
    result[n - 1] = heap[0]!;
    if (n > 1) replaceRoot(heap[n - 1]!, n - 1);
  }
  return result;
}
