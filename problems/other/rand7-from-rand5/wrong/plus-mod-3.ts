// @verdict WA
// rand5() + rand5() % 3 reaches 0..6, but 0 and 6 are rare: neither the sum nor the remainder is uniform.
function rand7(): number {
  return rand5() + (rand5() % 3);
}
