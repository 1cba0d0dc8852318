// @verdict WA
// Copies the values into new ListNode objects: the order is right, but the nodes are not spliced from the inputs.
function mergeTwoLists(list1: ListNode | null, list2: ListNode | null): ListNode | null {
  const dummy = new ListNode();
  let tail = dummy;
  let a = list1;
  let b = list2;
  while (a || b) {
    if (!b || (a && a.val <= b.val)) {
      tail.next = new ListNode(a!.val);
      a = a!.next;
    } else {
      tail.next = new ListNode(b.val);
      b = b.next;
    }
    tail = tail.next;
  }
  return dummy.next;
}
