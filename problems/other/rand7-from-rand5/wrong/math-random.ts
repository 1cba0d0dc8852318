// @verdict RE
// Ignores rand5 and uses Math.random, which throws in this problem.
function rand7(): number {
  return Math.floor(Math.random() * 7);
}
