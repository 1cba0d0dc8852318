function mergeTwoLists(list1: ListNode | null, list2: ListNode | null): ListNode | null {
  // A dummy head saves the special case of the first node; tail is the last node of the merged part.
  const dummy = new ListNode();
  let tail = dummy;
  let a = list1;
  let b = list2;
  while (a && b) {
    // Take the smaller head (list1 first on ties, which keeps the merge stable).
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a ?? b; // one list is used up: the rest of the other is already sorted
  return dummy.next;
}
