function bpeTrain(words: string[], numMerges: number): [string, string][] {
  // 每个单词先拆成单个字符；返回按顺序学到的合并规则 · split words into characters; return the merges in order
  return [];
}
