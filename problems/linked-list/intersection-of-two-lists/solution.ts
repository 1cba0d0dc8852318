function getIntersectionNode(headA: ListNode | null, headB: ListNode | null): ListNode | null {
  // Two pointers: each walks its own list, then the other one. Both cover a + c + b nodes (a, b the
  // private parts, c the shared tail), so they reach the first shared node at the same step; without
  // an intersection they both reach null at the same step (after a + b nodes each).
  let p = headA;
  let q = headB;
  while (p !== q) {
    p = p ? p.next : headB;
    q = q ? q.next : headA;
  }
  return p;
}
