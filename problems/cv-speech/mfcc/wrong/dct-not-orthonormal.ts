// @verdict WA
// Uses the unnormalised DCT-II (scipy's default norm=None, a factor 2 and no √(1/M), √(2/M) scaling).
function mfcc(signal: number[], sampleRate: number, opts: MfccOptions): { fbank: number[][]; mfcc: number[][] } {
  const { preEmphasis, frameLength, frameShift, nfft, numFilters, numCeps, lowFreq, highFreq } = opts;
  const y = signal.map((v, i) => (i === 0 ? v : v - preEmphasis * signal[i - 1]!));
  const win = Array.from({ length: frameLength }, (_, n) => 0.54 - 0.46 * Math.cos((2 * Math.PI * n) / (frameLength - 1)));
  const nb = nfft / 2 + 1;
  const mel = (f: number) => 2595 * Math.log10(1 + f / 700);
  const imel = (m: number) => 700 * (10 ** (m / 2595) - 1);
  const pts = Array.from({ length: numFilters + 2 }, (_, i) => imel(mel(lowFreq) + ((mel(highFreq) - mel(lowFreq)) * i) / (numFilters + 1)));
  const T = Math.floor((signal.length - frameLength) / frameShift) + 1;
  const fbank: number[][] = [];
  const out: number[][] = [];
  for (let t = 0; t < T; t++) {
    const frame = win.map((w, n) => w * y[t * frameShift + n]!);
    const pow: number[] = [];
    for (let k = 0; k < nb; k++) {
      let re = 0;
      let im = 0;
      for (let n = 0; n < frameLength; n++) {
        const a = (2 * Math.PI * k * n) / nfft;
        re += frame[n]! * Math.cos(a);
        im -= frame[n]! * Math.sin(a);
      }
      pow.push((re * re + im * im) / nfft);
    }
    const fb = pts.slice(0, numFilters).map((_, j) => {
      let e = 0;
      for (let k = 0; k < nb; k++) {
        const f = (k * sampleRate) / nfft;
        const h = Math.max(0, Math.min((f - pts[j]!) / (pts[j + 1]! - pts[j]!), (pts[j + 2]! - f) / (pts[j + 2]! - pts[j + 1]!)));
        e += h * pow[k]!;
      }
      return Math.log(Math.max(e, 1e-10));
    });
    fbank.push(fb);
    out.push(
      Array.from({ length: numCeps }, (_, i) => {
        let c = 0;
        for (let j = 0; j < numFilters; j++) c += fb[j]! * Math.cos((Math.PI * i * (j + 0.5)) / numFilters);
        return 2 * c;
      }),
    );
  }
  return { fbank, mfcc: out };
}
