function rankWords(text: string): [string, number][] {
  // 在这里写你的代码 · write your code here
  return [];
}
