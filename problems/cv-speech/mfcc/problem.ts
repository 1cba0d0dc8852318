import { defineProblem, type Rng } from '@shousi/problem-kit';
import { z } from 'zod';

const N_MAX = 16_000;
const FRAMES_MAX = 100;
const A = 32_768;

const opts = z.strictObject({
  preEmphasis: z.number().min(0).max(1),
  frameLength: z.number().int().min(2).max(512),
  frameShift: z.number().int().min(1).max(N_MAX),
  nfft: z.union([z.literal(4), z.literal(8), z.literal(16), z.literal(32), z.literal(64), z.literal(128), z.literal(256), z.literal(512)]),
  numFilters: z.number().int().min(1).max(64),
  numCeps: z.number().int().min(1).max(64),
  lowFreq: z.number().min(0),
  highFreq: z.number().min(0),
});

const input = z
  .tuple([z.array(z.number().min(-A).max(A)).min(2).max(N_MAX), z.number().int().min(1000).max(48_000), opts])
  .superRefine(([signal, sr, o], ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    if (sr % 2 !== 0) issue('sampleRate must be even', [1]);
    if (o.frameLength > o.nfft) issue('frameLength must be at most nfft', [2, 'frameLength']);
    if (signal.length < o.frameLength) issue('the signal must hold at least one frame', [0]);
    else if (1 + Math.floor((signal.length - o.frameLength) / o.frameShift) > FRAMES_MAX) issue(`at most ${FRAMES_MAX} frames`, [2, 'frameShift']);
    if (o.numCeps > o.numFilters) issue('numCeps must be at most numFilters', [2, 'numCeps']);
    if (!(o.lowFreq < o.highFreq)) issue('lowFreq must be below highFreq', [2, 'lowFreq']);
    if (o.highFreq > sr / 2) issue('highFreq must be at most sampleRate / 2', [2, 'highFreq']);
  });

type Opts = z.infer<typeof opts>;

/** python_speech_features-like settings at 16 kHz: 25 ms frames, 10 ms shift. */
const SPEECH_16K: Opts = { preEmphasis: 0.97, frameLength: 400, frameShift: 160, nfft: 512, numFilters: 40, numCeps: 13, lowFreq: 0, highFreq: 8000 };

const round = (x: number): number => Number(x.toPrecision(7));

/** A vowel-like sound: harmonics of a gliding pitch, shaped by two formants, with an envelope and some noise. */
function speechLike(rng: Rng, n: number, sr: number, amp: number): number[] {
  const f0 = 100 + rng.next() * 150;
  const f1 = 300 + rng.next() * 600;
  const f2 = 900 + rng.next() * 1500;
  const out: number[] = [];
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const pitch = f0 * (1 + 0.1 * Math.sin((2 * Math.PI * i) / n));
    phase += (2 * Math.PI * pitch) / sr;
    let s = 0;
    for (let h = 1; h * pitch < sr / 2 && h <= 30; h++) {
      const f = h * pitch;
      const g = Math.exp(-(((f - f1) / 150) ** 2)) + 0.5 * Math.exp(-(((f - f2) / 200) ** 2)) + 0.02;
      s += g * Math.sin(h * phase);
    }
    const env = Math.sin((Math.PI * i) / n) ** 0.5;
    out.push(round(amp * (0.3 * env * s + 0.01 * rng.normal())));
  }
  return out;
}

const noise = (rng: Rng, n: number, amp: number): number[] => Array.from({ length: n }, () => round(amp * Math.max(-1, Math.min(1, rng.normal() / 3))));
const tone = (n: number, sr: number, f: number, amp: number, phase = 0): number[] =>
  Array.from({ length: n }, (_, i) => round(amp * Math.sin((2 * Math.PI * f * i) / sr + phase)));

export default defineProblem({
  slug: 'mfcc',
  section: 'cv-speech',
  title: { zh: 'MFCC 与 Fbank 特征提取', en: 'MFCC and Fbank Features' },
  difficulty: 'hard',
  tags: ['speech', 'signal-processing', 'math', 'numerical-stability'],
  entry: {
    kind: 'function',
    name: 'mfcc',
    params: [
      { name: 'signal', type: 'number[]' },
      { name: 'sampleRate', type: 'number' },
      { name: 'opts', type: 'MfccOptions' },
    ],
    returns: { type: '{ fbank: number[][]; mfcc: number[][] }' },
  },
  declarations: [
    '/** Every parameter of the pipeline; lengths in samples, frequencies in Hz. */',
    'interface MfccOptions {',
    '  /** Pre-emphasis coefficient α: y[n] = x[n] − α·x[n−1]. */',
    '  preEmphasis: number;',
    '  /** Frame length L in samples. */',
    '  frameLength: number;',
    '  /** Frame shift in samples. */',
    '  frameShift: number;',
    '  /** FFT size (a power of two, at least frameLength). */',
    '  nfft: number;',
    '  /** Number of mel filters M. */',
    '  numFilters: number;',
    '  /** Number of cepstral coefficients kept. */',
    '  numCeps: number;',
    '  /** Lowest and highest frequency of the filterbank. */',
    '  lowFreq: number;',
    '  highFreq: number;',
    '}',
    '',
  ].join('\n'),
  checker: { style: 'float', atol: 1e-6, rtol: 1e-6 },
  limits: { timeMs: 4000, memoryMb: 128 },
  input,
  samples: [
    {
      input: [
        [0, 1, 0.5, -0.5, -1, 0.25, 0.75, -0.25],
        8000,
        { preEmphasis: 0.97, frameLength: 4, frameShift: 2, nfft: 8, numFilters: 3, numCeps: 2, lowFreq: 0, highFreq: 4000 },
      ],
    },
    {
      input: [
        [0, 0, 0, 0, 0, 0],
        16000,
        { preEmphasis: 0.97, frameLength: 4, frameShift: 2, nfft: 8, numFilters: 4, numCeps: 3, lowFreq: 0, highFreq: 8000 },
      ],
    },
  ],
  tests: [
    {
      name: 'one frame: the signal is exactly one frame long',
      seed: 4_01,
      make: (rng) => [noise(rng, 256, 1), 16000, { ...SPEECH_16K, frameLength: 256, nfft: 256, numFilters: 20, numCeps: 12 }],
    },
    {
      name: 'frame length 2 (the shortest window)',
      input: [[0.5, -0.25, 1, 0.75, -1], 8000, { preEmphasis: 0.5, frameLength: 2, frameShift: 1, nfft: 4, numFilters: 2, numCeps: 2, lowFreq: 0, highFreq: 4000 }],
    },
    {
      name: 'frame shift larger than the frame: samples between frames are skipped, the tail dropped',
      seed: 4_02,
      make: (rng) => [noise(rng, 1000, 1), 16000, { ...SPEECH_16K, frameLength: 128, frameShift: 300, nfft: 128, numFilters: 16, numCeps: 8 }],
    },
    {
      name: 'silence: every energy hits the floor',
      input: [new Array<number>(2000).fill(0), 16000, SPEECH_16K],
    },
    {
      name: 'near silence: energies around the floor',
      seed: 4_03,
      make: (rng) => [noise(rng, 2000, 2e-5), 16000, SPEECH_16K],
    },
    {
      name: 'silence, then a tone',
      input: [[...new Array<number>(800).fill(0), ...tone(1200, 16000, 440, 0.8)], 16000, SPEECH_16K],
    },
    {
      name: 'constant signal (DC)',
      input: [new Array<number>(1600).fill(0.5), 16000, { ...SPEECH_16K, numFilters: 26 }],
    },
    {
      name: 'pure tone on a bin frequency (1000 Hz)',
      input: [tone(3200, 16000, 1000, 1), 16000, { ...SPEECH_16K, numFilters: 26 }],
    },
    {
      name: 'pre-emphasis disabled (α = 0)',
      seed: 4_04,
      make: (rng) => [speechLike(rng, 4000, 16000, 1), 16000, { ...SPEECH_16K, preEmphasis: 0 }],
    },
    {
      name: '16-bit integer samples',
      seed: 4_05,
      make: (rng) => [speechLike(rng, 4000, 16000, 32767).map(Math.round), 16000, { ...SPEECH_16K, numFilters: 26 }],
    },
    {
      name: 'more filters than FFT bins: empty filters hit the floor',
      seed: 4_06,
      make: (rng) => [noise(rng, 800, 1), 16000, { preEmphasis: 0.97, frameLength: 32, frameShift: 16, nfft: 32, numFilters: 40, numCeps: 13, lowFreq: 0, highFreq: 8000 }],
    },
    {
      name: 'telephone band 300–3400 Hz at 8 kHz',
      seed: 4_07,
      make: (rng) => [speechLike(rng, 4000, 8000, 1), 8000, { preEmphasis: 0.97, frameLength: 200, frameShift: 80, nfft: 256, numFilters: 23, numCeps: 13, lowFreq: 300, highFreq: 3400 }],
    },
    {
      name: 'numCeps = numFilters (the DCT keeps everything)',
      seed: 4_08,
      make: (rng) => [speechLike(rng, 2400, 16000, 1), 16000, { ...SPEECH_16K, numFilters: 20, numCeps: 20 }],
    },
    {
      name: 'one filter, one coefficient',
      seed: 4_09,
      make: (rng) => [noise(rng, 1000, 1), 16000, { ...SPEECH_16K, numFilters: 1, numCeps: 1 }],
    },
    {
      name: '22.05 kHz',
      seed: 4_10,
      make: (rng) => [speechLike(rng, 6000, 22050, 1), 22050, { preEmphasis: 0.95, frameLength: 512, frameShift: 256, nfft: 512, numFilters: 40, numCeps: 20, lowFreq: 20, highFreq: 11025 }],
    },
    {
      name: '44.1 kHz, high low-frequency edge',
      seed: 4_11,
      make: (rng) => [noise(rng, 8000, 0.5), 44100, { preEmphasis: 0.97, frameLength: 441, frameShift: 220, nfft: 512, numFilters: 64, numCeps: 13, lowFreq: 1000, highFreq: 20000 }],
    },
    {
      name: 'random configurations',
      seed: 4_12,
      count: 5,
      make: (rng) => {
        const sr = rng.pick([8000, 16000, 22050, 44100, 48000]);
        const nfft = rng.pick([16, 32, 64, 128, 256, 512] as const);
        const frameLength = rng.int(Math.max(2, nfft / 2), nfft);
        const frameShift = rng.int(1, frameLength);
        const numFilters = rng.int(1, 40);
        const lowFreq = rng.next() < 0.5 ? 0 : Math.round(rng.next() * 300);
        const highFreq = rng.next() < 0.5 ? sr / 2 : Math.round(sr / 4 + (rng.next() * sr) / 4);
        const n = frameLength + frameShift * rng.int(0, Math.min(40, Math.floor((N_MAX - frameLength) / frameShift)));
        return [rng.next() < 0.5 ? noise(rng, n, 1) : speechLike(rng, n, sr, 1), sr, {
          preEmphasis: rng.pick([0, 0.9, 0.95, 0.97]), frameLength, frameShift, nfft, numFilters, numCeps: rng.int(1, numFilters), lowFreq, highFreq,
        }];
      },
    },
    { name: 'max: 1 s of speech at 16 kHz (98 frames)', seed: 4_13, make: (rng) => [speechLike(rng, N_MAX, 16000, 1), 16000, SPEECH_16K] },
    {
      name: 'max: 1 s of noise at 16 kHz, 26 filters',
      seed: 4_14,
      make: (rng) => [noise(rng, N_MAX, 1), 16000, { ...SPEECH_16K, numFilters: 26 }],
    },
    {
      name: 'max: 48 kHz, 512-sample frames, 100 frames',
      seed: 4_15,
      make: (rng) => [speechLike(rng, 512 + 99 * 155, 48000, 0.5), 48000, { preEmphasis: 0.97, frameLength: 512, frameShift: 155, nfft: 512, numFilters: 64, numCeps: 24, lowFreq: 0, highFreq: 24000 }],
    },
  ],
  complexity: { time: 'O(T · (nfft log nfft + M · nfft))', space: 'O(M · nfft + T · M)' },
});
