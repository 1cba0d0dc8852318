// @verdict WA
// Sift-down compares only with the left child: a smaller right child is never moved up.
class MinHeap {
  private heap: number[] = [];

  push(x: number): void {
    const h = this.heap;
    let i = h.length;
    h.push(x);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent]! <= x) break;
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
        const child = 2 * i + 1;
        if (child >= n || h[child]! >= last) break;
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
