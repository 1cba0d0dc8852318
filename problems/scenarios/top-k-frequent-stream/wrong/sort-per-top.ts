// @verdict TLE
// Counts in a hash map and sorts every distinct item on each top(): O(D log D) per call, 10^4 sorts of 2·10^4 items.
class TopKCounter {
  private readonly counts = new Map<string, number>();
  constructor(private readonly k: number) {}

  add(item: string): void {
    this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
  }

  top(): string[] {
    return [...this.counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, this.k)
      .map(([item]) => item);
  }
}
