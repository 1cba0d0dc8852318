// @verdict WA
// The right size-k min-heap, but it returns the heap's array as it is: the right values in heap order, not in descending order.
function topK(nums: number[], k: number): number[] {
  const heap: number[] = [];
  const siftDown = (i: number): void => {
    const n = heap.length;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) return;
      if (c + 1 < n && heap[c + 1]! < heap[c]!) c++;
      if (heap[c]! >= heap[i]!) return;
      [heap[c], heap[i]] = [heap[i]!, heap[c]!];
      i = c;
    }
  };
  for (const x of nums) {
    if (heap.length < k) {
      heap.push(x);
      let i = heap.length - 1;
      while (i > 0 && heap[(i - 1) >> 1]! > heap[i]!) {
        const p = (i - 1) >> 1;
        [heap[p], heap[i]] = [heap[i]!, heap[p]!];
        i = p;
      }
    } else if (x > heap[0]!) {
      heap[0] = x;
      siftDown(0);
    }
  }
  return heap;
}
