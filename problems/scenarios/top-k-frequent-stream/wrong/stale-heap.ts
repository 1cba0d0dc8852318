// @verdict WA
// Increments the count of an item already in the heap without restoring the heap order: the root is no longer
// the worst of the top k, and a later newcomer evicts the wrong item.
class TopKCounter {
  private readonly counts = new Map<string, number>();
  private readonly inHeap = new Set<string>();
  private readonly heap: string[] = [];
  constructor(private readonly k: number) {}

  private worse(a: string, b: string): boolean {
    const ca = this.counts.get(a)!;
    const cb = this.counts.get(b)!;
    return ca < cb || (ca === cb && a > b);
  }

  private siftDown(i: number): void {
    const h = this.heap;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= h.length) return;
      if (c + 1 < h.length && this.worse(h[c + 1]!, h[c]!)) c++;
      if (!this.worse(h[c]!, h[i]!)) return;
      [h[i], h[c]] = [h[c]!, h[i]!];
      i = c;
    }
  }

  add(item: string): void {
    this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
    if (this.inHeap.has(item)) return; // the bug: its position is not updated
    const h = this.heap;
    if (h.length < this.k) {
      h.push(item);
      this.inHeap.add(item);
      for (let i = h.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!this.worse(h[i]!, h[p]!)) break;
        [h[i], h[p]] = [h[p]!, h[i]!];
        i = p;
      }
    } else if (this.worse(h[0]!, item)) {
      this.inHeap.delete(h[0]!);
      h[0] = item;
      this.inHeap.add(item);
      this.siftDown(0);
    }
  }

  top(): string[] {
    return this.heap.slice().sort((a, b) => (this.worse(a, b) ? 1 : -1));
  }
}
