// @verdict RE
// Sorts the whole array after every push: O(n log n) per push, and sort() is not allowed in this problem.
class MinHeap {
  private items: number[] = [];

  push(x: number): void {
    this.items.push(x);
    this.items.sort((a, b) => a - b);
  }

  pop(): number {
    return this.items.shift()!;
  }

  peek(): number {
    return this.items[0]!;
  }

  size(): number {
    return this.items.length;
  }
}
