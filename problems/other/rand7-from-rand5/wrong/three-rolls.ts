// @verdict WA
// Uniform, but wasteful: three rolls (0..124, keep 119 = 17·7) cost 3·125/119 ≈ 3.15 rand5 calls per rand7, over the 2.5 limit.
function rand7(): number {
  for (;;) {
    const a = 25 * rand5() + 5 * rand5() + rand5();
    if (a < 119) return a % 7;
  }
}
