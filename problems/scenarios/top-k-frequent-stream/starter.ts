class TopKCounter {
  constructor(k: number) {
    // 在这里写你的代码 · write your code here
  }

  add(item: string): void {}

  top(): string[] {
    return [];
  }
}
