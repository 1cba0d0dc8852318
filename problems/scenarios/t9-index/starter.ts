class T9Index {
  constructor(words: string[], freqs: number[]) {
    // 在这里写你的代码 · write your code here
  }

  query(digits: string, limit: number): string[] {
    return [];
  }
}
