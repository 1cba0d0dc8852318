// @verdict WA
// A valid script, but not a minimal one: deletes every letter of word1, then inserts every letter of
// word2 (m + n operations instead of the edit distance).
function editScript(word1: string, word2: string): string[] {
  const ops: string[] = [];
  for (let i = 0; i < word1.length; i++) ops.push('delete 0');
  for (let j = 0; j < word2.length; j++) ops.push(`insert ${j} ${word2[j]}`);
  return ops;
}
