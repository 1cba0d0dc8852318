// @verdict TLE
// For every node of A, walks all of B looking for it: Θ(m·n), 2.5·10^9 steps for two separate lists of 5e4 nodes.
function getIntersectionNode(headA: ListNode | null, headB: ListNode | null): ListNode | null {
  for (let a = headA; a; a = a.next) {
    for (let b = headB; b; b = b.next) {
      if (a === b) return a;
    }
  }
  return null;
}
