// @verdict TLE
// An unsorted array: push is O(1) but peek and pop scan every element, O(n) each.
class MinHeap {
  private items: number[] = [];

  push(x: number): void {
    this.items.push(x);
  }

  private minIndex(): number {
    let best = 0;
    for (let i = 1; i < this.items.length; i++) if (this.items[i]! < this.items[best]!) best = i;
    return best;
  }

  pop(): number {
    const i = this.minIndex();
    const v = this.items[i]!;
    this.items[i] = this.items[this.items.length - 1]!;
    this.items.pop();
    return v;
  }

  peek(): number {
    return this.items[this.minIndex()]!;
  }

  size(): number {
    return this.items.length;
  }
}
