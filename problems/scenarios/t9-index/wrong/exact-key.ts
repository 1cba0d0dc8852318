// @verdict WA
// Returns only the words whose key EQUALS the digits (LCCI 16.20 semantics), not every word whose key starts with them.
const DIGIT = '22233344455566677778889999';

class T9Index {
  private readonly byKey = new Map<string, string[]>();
  constructor(words: string[], freqs: number[]) {
    const order = words.map((_, i) => i).sort((a, b) => freqs[b]! - freqs[a]! || (words[a]! < words[b]! ? -1 : 1));
    for (const i of order) {
      const key = Array.from(words[i]!, (c) => DIGIT[c.charCodeAt(0) - 97]).join('');
      const list = this.byKey.get(key);
      if (list) list.push(words[i]!);
      else this.byKey.set(key, [words[i]!]);
    }
  }

  query(digits: string, limit: number): string[] {
    return (this.byKey.get(digits) ?? []).slice(0, limit);
  }
}
