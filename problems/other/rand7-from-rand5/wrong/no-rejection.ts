// @verdict WA
// Builds a uniform 0..24 from two rolls but folds all 25 values modulo 7: 0..3 get 4/25 each, 4..6 only 3/25.
function rand7(): number {
  return (5 * rand5() + rand5()) % 7;
}
