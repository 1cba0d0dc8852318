// @verdict WA
// Computes the key as floor((letter - 'a') / 3) + 2, as if every key had three letters: s lands on 8 and v on 9
// (the keypad has pqrs on 7 and wxyz on 9).
class T9Index {
  private readonly keys: string[];
  private readonly order: number[];
  private readonly cache = new Map<string, number[]>();
  constructor(private readonly words: string[], freqs: number[]) {
    this.keys = words.map((w) => Array.from(w, (c) => String(Math.min(9, Math.floor((c.charCodeAt(0) - 97) / 3) + 2))).join(''));
    this.order = words.map((_, i) => i).sort((a, b) => freqs[b]! - freqs[a]! || (words[a]! < words[b]! ? -1 : 1));
  }

  query(digits: string, limit: number): string[] {
    let hits = this.cache.get(digits);
    if (!hits) {
      hits = this.order.filter((i) => this.keys[i]!.startsWith(digits));
      this.cache.set(digits, hits);
    }
    return hits.slice(0, limit).map((i) => this.words[i]!);
  }
}
