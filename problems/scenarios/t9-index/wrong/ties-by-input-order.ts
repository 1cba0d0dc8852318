// @verdict WA
// Orders by frequency only: equal frequencies keep the dictionary's order instead of alphabetical order.
const KEY_OF_LETTER = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 7, 7, 7, 7];

class T9Index {
  private readonly child: Int32Array;
  private readonly best: number[][] = [];
  constructor(private readonly words: string[], freqs: number[]) {
    const order = words.map((_, i) => i).sort((a, b) => freqs[b]! - freqs[a]!);
    let letters = 1;
    for (const w of words) letters += w.length;
    this.child = new Int32Array(8 * letters);
    let nodes = 1;
    for (const id of order) {
      const w = words[id]!;
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const slot = 8 * node + KEY_OF_LETTER[w.charCodeAt(i) - 97]!;
        if (this.child[slot] === 0) {
          this.child[slot] = nodes;
          this.best[nodes++] = [];
        }
        node = this.child[slot]!;
        if (this.best[node]!.length < 20) this.best[node]!.push(id);
      }
    }
  }

  query(digits: string, limit: number): string[] {
    let node = 0;
    for (let i = 0; i < digits.length; i++) {
      node = this.child[8 * node + digits.charCodeAt(i) - 50]!;
      if (node === 0) return [];
    }
    return this.best[node]!.slice(0, limit).map((id) => this.words[id]!);
  }
}
