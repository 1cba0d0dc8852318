class MinHeap {
  constructor() {
    // 在这里写你的代码 · write your code here
  }

  push(x: number): void {}

  pop(): number {
    return 0;
  }

  peek(): number {
    return 0;
  }

  size(): number {
    return 0;
  }
}
