// @verdict WA
// Keeps the right top k, but top() orders equal counts by first arrival instead of alphabetically.
class TopKCounter {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly counts: number[] = [];
  private readonly pos: number[] = [];
  private readonly heap: number[] = [];
  constructor(private readonly k: number) {}

  private better(a: number, b: number): boolean {
    const ca = this.counts[a]!;
    const cb = this.counts[b]!;
    return ca > cb || (ca === cb && this.names[a]! < this.names[b]!);
  }

  private place(i: number, id: number): void {
    this.heap[i] = id;
    this.pos[id] = i;
  }

  private siftUp(i: number): void {
    const id = this.heap[i]!;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.better(this.heap[p]!, id)) break;
      this.place(i, this.heap[p]!);
      i = p;
    }
    this.place(i, id);
  }

  private siftDown(i: number): void {
    const h = this.heap;
    const id = h[i]!;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= h.length) break;
      if (c + 1 < h.length && this.better(h[c]!, h[c + 1]!)) c++;
      if (!this.better(id, h[c]!)) break;
      this.place(i, h[c]!);
      i = c;
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
    if (this.pos[id]! >= 0) this.siftDown(this.pos[id]!);
    else if (this.heap.length < this.k) {
      this.heap.push(id);
      this.siftUp(this.heap.length - 1);
    } else if (this.better(id, this.heap[0]!)) {
      this.pos[this.heap[0]!] = -1;
      this.place(0, id);
      this.siftDown(0);
    }
  }

  top(): string[] {
    // ids grow with first arrival; a stable sort by count keeps arrival order among ties.
    return this.heap
      .slice()
      .sort((a, b) => a - b)
      .sort((a, b) => this.counts[b]! - this.counts[a]!)
      .map((id) => this.names[id]!);
  }
}
