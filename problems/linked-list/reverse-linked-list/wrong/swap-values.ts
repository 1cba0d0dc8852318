// @verdict WA
// Reads the values into an array and writes them back in reverse order: the nodes keep their links, their values are rewritten.
function reverseList(head: ListNode | null): ListNode | null {
  const vals: number[] = [];
  for (let node = head; node; node = node.next) vals.push(node.val);
  for (let node = head; node; node = node.next) node.val = vals.pop()!;
  return head;
}
