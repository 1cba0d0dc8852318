function reverseList(head: ListNode | null): ListNode | null {
  // Walk the list once, turning every next pointer around: prev is the reversed part so far.
  let prev: ListNode | null = null;
  let cur = head;
  while (cur) {
    const next = cur.next; // save it before overwriting
    cur.next = prev;
    prev = cur;
    cur = next;
  }
  return prev;
}
