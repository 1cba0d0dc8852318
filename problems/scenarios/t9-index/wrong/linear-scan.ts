// @verdict TLE
// Scans the whole dictionary for every query (keys precomputed): O(n) per query, 10^10 steps for 10^5 × 10^5.
const DIGIT = '22233344455566677778889999';

class T9Index {
  private readonly keys: string[];
  constructor(private readonly words: string[], private readonly freqs: number[]) {
    this.keys = words.map((w) => Array.from(w, (c) => DIGIT[c.charCodeAt(0) - 97]).join(''));
  }

  query(digits: string, limit: number): string[] {
    const hits: number[] = [];
    for (let i = 0; i < this.words.length; i++) if (this.keys[i]!.startsWith(digits)) hits.push(i);
    hits.sort((a, b) => this.freqs[b]! - this.freqs[a]! || (this.words[a]! < this.words[b]! ? -1 : 1));
    return hits.slice(0, limit).map((i) => this.words[i]!);
  }
}
