// @verdict WA
// Serialises the shapes in order (null → "0", node → "1") and searches a's string in b's: in-order with
// null markers is ambiguous (a left child and a right child both give "01010"), so different shapes match.
function isSubtreeStructure(a: TreeNode | null, b: TreeNode | null): boolean {
  const ser = (root: TreeNode | null): string => {
    const out: string[] = [];
    const walk = (x: TreeNode | null): void => {
      if (!x) {
        out.push('0');
        return;
      }
      walk(x.left);
      out.push('1');
      walk(x.right);
    };
    walk(root);
    return out.join('');
  };
  if (!a) return true;
  return ser(b).includes(ser(a));
}
