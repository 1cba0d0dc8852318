/**
 * The judge provides:
 * declare function rand5(): number; // an integer from 0 to 4, uniformly at random
 */
function rand7(): number {
  // 在这里写你的代码 · write your code here
  return 0;
}
