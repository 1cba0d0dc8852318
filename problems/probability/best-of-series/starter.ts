function seriesWinProbability(p: number, games: number): number {
  // 每局获胜概率为 p，求赢下 games 局 (games+1)/2 胜 比赛的概率
  return 0;
}
