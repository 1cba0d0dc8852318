// @verdict WA
// Aligns the two lists by length, then stops at the first pair of nodes with equal values: equal values are not the same node.
function getIntersectionNode(headA: ListNode | null, headB: ListNode | null): ListNode | null {
  const length = (h: ListNode | null): number => {
    let n = 0;
    for (let x = h; x; x = x.next) n++;
    return n;
  };
  let a = headA;
  let b = headB;
  let la = length(a);
  let lb = length(b);
  for (; la > lb; la--) a = a!.next;
  for (; lb > la; lb--) b = b!.next;
  while (a && b) {
    if (a.val === b.val) return a;
    a = a.next;
    b = b.next;
  }
  return null;
}
