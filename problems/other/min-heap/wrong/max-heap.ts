// @verdict WA
// Both comparisons point the wrong way: a correct max-heap, so pop and peek return the largest value.
class MinHeap {
  private heap: number[] = [];

  push(x: number): void {
    const h = this.heap;
    let i = h.length;
    h.push(x);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent]! >= x) break;
      h[i] = h[parent]!;
      i = parent;
    }
    h[i] = x;
  }

  pop(): number {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    const n = h.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && h[child + 1]! > h[child]!) child++;
        if (h[child]! <= last) break;
        h[i] = h[child]!;
        i = child;
      }
      h[i] = last;
    }
    return top;
  }

  peek(): number {
    return this.heap[0]!;
  }

  size(): number {
    return this.heap.length;
  }
}
