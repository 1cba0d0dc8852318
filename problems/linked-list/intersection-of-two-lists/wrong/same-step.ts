// @verdict WA
// Walks both lists in lockstep from their heads and returns the first common node: misses it when the private parts differ in length.
function getIntersectionNode(headA: ListNode | null, headB: ListNode | null): ListNode | null {
  let a = headA;
  let b = headB;
  while (a && b) {
    if (a === b) return a;
    a = a.next;
    b = b.next;
  }
  return null;
}
