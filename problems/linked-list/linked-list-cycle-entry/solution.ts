function detectCycle(head: ListNode | null): ListNode | null {
  // Floyd: the slow pointer takes one step, the fast pointer two.
  let slow = head;
  let fast = head;
  while (fast && fast.next) {
    slow = slow!.next;
    fast = fast.next.next;
    if (slow === fast) {
      // They met inside the cycle. A pointer from the head and one from the meeting point,
      // one step at a time, now meet exactly at the entry.
      let a = head!;
      let b = slow!;
      while (a !== b) {
        a = a.next!;
        b = b.next!;
      }
      return a;
    }
  }
  return null;
}
