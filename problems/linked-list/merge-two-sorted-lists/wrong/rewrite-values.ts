// @verdict WA
// Chains list2 after list1, then sorts the values and writes them back into the nodes: the nodes are reused, their values rewritten.
function mergeTwoLists(list1: ListNode | null, list2: ListNode | null): ListNode | null {
  if (!list1) return list2;
  let last = list1;
  while (last.next) last = last.next;
  last.next = list2;
  const vals: number[] = [];
  for (let node: ListNode | null = list1; node; node = node.next) vals.push(node.val);
  vals.sort((x, y) => x - y);
  let i = 0;
  for (let node: ListNode | null = list1; node; node = node.next) node.val = vals[i++]!;
  return list1;
}
