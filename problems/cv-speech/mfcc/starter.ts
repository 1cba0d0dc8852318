/**
 * interface MfccOptions {
 *   preEmphasis: number; // 预加重系数 α
 *   frameLength: number; // 帧长（采样点数）
 *   frameShift: number;  // 帧移（采样点数）
 *   nfft: number;        // FFT 点数（2 的幂）
 *   numFilters: number;  // mel 滤波器个数
 *   numCeps: number;     // 保留的倒谱系数个数
 *   lowFreq: number;     // 滤波器组最低频率（Hz）
 *   highFreq: number;    // 滤波器组最高频率（Hz）
 * }
 */
function mfcc(signal: number[], sampleRate: number, opts: MfccOptions): { fbank: number[][]; mfcc: number[][] } {
  // 返回 fbank: [帧数][numFilters]，mfcc: [帧数][numCeps]
  return { fbank: [], mfcc: [] };
}
