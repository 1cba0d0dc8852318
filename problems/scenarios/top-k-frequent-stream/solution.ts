class TopKCounter {
  private readonly k: number;
  /** Every item seen gets an id; its name, count and position in the heap (-1: not in it). */
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly counts: number[] = [];
  private readonly pos: number[] = [];
  /** The current top k, as a heap with the WORST of them at the root. */
  private readonly heap: number[] = [];

  constructor(k: number) {
    this.k = k;
  }

  /** a ranks before b: higher count, or equal count and smaller item. */
  private better(a: number, b: number): boolean {
    const ca = this.counts[a]!;
    const cb = this.counts[b]!;
    return ca > cb || (ca === cb && this.names[a]! < this.names[b]!);
  }

  private place(i: number, id: number): void {
    this.heap[i] = id;
    this.pos[id] = i;
  }

  /** Moves the item at i towards the root while it is worse than its parent. */
  private siftUp(i: number): void {
    const id = this.heap[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.better(this.heap[parent]!, id)) break;
      this.place(i, this.heap[parent]!);
      i = parent;
    }
    this.place(i, id);
  }

  /** Moves the item at i towards the leaves while a child is worse than it. */
  private siftDown(i: number): void {
    const h = this.heap;
    const id = h[i]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= h.length) break;
      if (child + 1 < h.length && this.better(h[child]!, h[child + 1]!)) child++;
      if (!this.better(id, h[child]!)) break;
      this.place(i, h[child]!);
      i = child;
    }
    this.place(i, id);
  }

  add(item: string): void {
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(item, id);
      this.names.push(item);
      this.counts.push(0);
      this.pos.push(-1);
    }
    this.counts[id]!++;
    if (this.pos[id]! >= 0) {
      // Already in the top k: it only got better, so it moves away from the root.
      this.siftDown(this.pos[id]!);
    } else if (this.heap.length < this.k) {
      this.heap.push(id);
      this.siftUp(this.heap.length - 1);
    } else if (this.better(id, this.heap[0]!)) {
      // Everything outside the heap ranks after the root, and only this item changed: it replaces the root.
      this.pos[this.heap[0]!] = -1;
      this.place(0, id);
      this.siftDown(0);
    }
  }

  top(): string[] {
    const ids = this.heap.slice();
    ids.sort((a, b) => (this.better(a, b) ? -1 : 1));
    return ids.map((id) => this.names[id]!);
  }
}
