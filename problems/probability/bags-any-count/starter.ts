function packBags(balls: number, bags: number): number[] | null {
  // 返回每个袋子里的球数（任意顺序），做不到时返回 null
  return null;
}
