function mfcc(signal: number[], sampleRate: number, opts: MfccOptions): { fbank: number[][]; mfcc: number[][] } {
  const { preEmphasis, frameLength: L, frameShift: S, nfft, numFilters: M, numCeps, lowFreq, highFreq } = opts;
  const N = signal.length;
  const bins = nfft / 2 + 1;
  const FLOOR = 1e-10;

  // 1. Pre-emphasis over the whole signal: y[0] = x[0], y[n] = x[n] − α·x[n−1].
  const y = new Float64Array(N);
  y[0] = signal[0]!;
  for (let n = 1; n < N; n++) y[n] = signal[n]! - preEmphasis * signal[n - 1]!;

  // 2. Symmetric Hamming window (numpy.hamming(L), torch.hamming_window(L, periodic=False)).
  const win = new Float64Array(L);
  for (let n = 0; n < L; n++) win[n] = 0.54 - 0.46 * Math.cos((2 * Math.PI * n) / (L - 1));

  // 3. Mel filterbank as torchaudio.functional.melscale_fbanks(bins, lowFreq, highFreq, M, sampleRate,
  //    norm=None, mel_scale='htk'), stored as fb[m·bins + k].
  const hzToMel = (f: number) => 2595 * Math.log10(1 + f / 700);
  const melToHz = (m: number) => 700 * (Math.pow(10, m / 2595) - 1);
  const melLo = hzToMel(lowFreq);
  const melHi = hzToMel(highFreq);
  const fPts = new Float64Array(M + 2);
  for (let i = 0; i < M + 2; i++) fPts[i] = melToHz(melLo + ((melHi - melLo) * i) / (M + 1));
  const fb = new Float64Array(M * bins);
  for (let m = 0; m < M; m++) {
    const left = fPts[m]!;
    const centre = fPts[m + 1]!;
    const right = fPts[m + 2]!;
    for (let k = 0; k < bins; k++) {
      const f = (k * sampleRate) / nfft;
      const up = (f - left) / (centre - left);
      const down = (right - f) / (right - centre);
      fb[m * bins + k] = Math.max(0, Math.min(up, down));
    }
  }

  // 4. Orthonormal DCT-II matrix (torchaudio.functional.create_dct(numCeps, M, norm='ortho')).
  const dct = new Float64Array(numCeps * M);
  for (let j = 0; j < numCeps; j++) {
    const s = j === 0 ? Math.sqrt(1 / M) : Math.sqrt(2 / M);
    for (let m = 0; m < M; m++) dct[j * M + m] = s * Math.cos((Math.PI * j * (m + 0.5)) / M);
  }

  // Radix-2 FFT tables (nfft is a power of two).
  const levels = Math.round(Math.log2(nfft));
  const rev = new Uint32Array(nfft);
  for (let i = 0; i < nfft; i++) {
    let r = 0;
    for (let b = 0; b < levels; b++) r |= ((i >> b) & 1) << (levels - 1 - b);
    rev[i] = r;
  }
  const cosT = new Float64Array(nfft / 2);
  const sinT = new Float64Array(nfft / 2);
  for (let i = 0; i < nfft / 2; i++) {
    cosT[i] = Math.cos((2 * Math.PI * i) / nfft);
    sinT[i] = -Math.sin((2 * Math.PI * i) / nfft);
  }
  const re = new Float64Array(nfft);
  const im = new Float64Array(nfft);
  const power = new Float64Array(bins);
  const logE = new Float64Array(M);

  const T = 1 + Math.floor((N - L) / S); // frames, no padding: the tail that does not fill a frame is dropped
  const fbankOut: number[][] = [];
  const mfccOut: number[][] = [];
  for (let t = 0; t < T; t++) {
    // 5. Windowed frame, zero-padded to nfft, in bit-reversed order; then the in-place FFT.
    re.fill(0);
    im.fill(0);
    for (let n = 0; n < L; n++) re[rev[n]!] = y[t * S + n]! * win[n]!;
    for (let size = 2; size <= nfft; size *= 2) {
      const half = size / 2;
      const step = nfft / size;
      for (let start = 0; start < nfft; start += size) {
        for (let j = 0; j < half; j++) {
          const wr = cosT[j * step]!;
          const wi = sinT[j * step]!;
          const a = start + j;
          const b = a + half;
          const xr = re[b]! * wr - im[b]! * wi;
          const xi = re[b]! * wi + im[b]! * wr;
          re[b] = re[a]! - xr;
          im[b] = im[a]! - xi;
          re[a] = re[a]! + xr;
          im[a] = im[a]! + xi;
        }
      }
    }
    // 6. Power spectrum |X_k|² / nfft for k = 0 … nfft/2.
    for (let k = 0; k < bins; k++) power[k] = (re[k]! * re[k]! + im[k]! * im[k]!) / nfft;
    // 7. Filterbank energies, floored, natural log: the fbank features.
    const fRow: number[] = [];
    for (let m = 0; m < M; m++) {
      let e = 0;
      for (let k = 0; k < bins; k++) e += fb[m * bins + k]! * power[k]!;
      logE[m] = Math.log(Math.max(e, FLOOR));
      fRow.push(logE[m]!);
    }
    fbankOut.push(fRow);
    // 8. DCT-II (orthonormal) of the log energies, first numCeps coefficients: the MFCCs.
    const cRow: number[] = [];
    for (let j = 0; j < numCeps; j++) {
      let c = 0;
      for (let m = 0; m < M; m++) c += dct[j * M + m]! * logE[m]!;
      cRow.push(c);
    }
    mfccOut.push(cRow);
  }
  return { fbank: fbankOut, mfcc: mfccOut };
}
