// @verdict WA
// Links A's tail to B's head and finds the cycle entry with Floyd's algorithm (the right node), but never
// unlinks the tail again: the lists must keep their original structure.
function getIntersectionNode(headA: ListNode | null, headB: ListNode | null): ListNode | null {
  if (!headA || !headB) return null;
  let tail = headA;
  while (tail.next) tail = tail.next;
  tail.next = headB;
  let slow: ListNode | null = headA;
  let fast: ListNode | null = headA;
  while (fast && fast.next) {
    slow = slow!.next;
    fast = fast.next.next;
    if (slow === fast) {
      let p: ListNode | null = headA;
      while (p !== slow) {
        p = p!.next;
        slow = slow!.next;
      }
      return p;
    }
  }
  return null;
}
