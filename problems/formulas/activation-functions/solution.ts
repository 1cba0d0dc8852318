/**
 * erf(z) from the series erf(z) = 2/√π · e^(−z²) · Σ z·(2z²)^n / (1·3·5···(2n+1)): every term is
 * positive (no cancellation), so it is accurate to about 1e-16 for |z| < 6; beyond, erf(z) = ±1 in
 * double precision (erfc(6) ≈ 2e-17).
 */
function erf(z: number): number {
  const a = Math.abs(z);
  if (a >= 6) return z > 0 ? 1 : -1;
  const z2 = a * a;
  let term = a;
  let sum = a;
  for (let n = 1; term > 1e-17 * sum; n++) {
    term *= (2 * z2) / (2 * n + 1);
    sum += term;
  }
  const r = (2 / Math.sqrt(Math.PI)) * Math.exp(-z2) * sum;
  return z < 0 ? -r : r;
}

/** σ(x) without overflow: e^(−|x|) never exceeds 1. */
function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

const LEAKY_SLOPE = 0.01;
const INV_SQRT_2 = 1 / Math.sqrt(2);
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

function activate(name: 'sigmoid' | 'tanh' | 'relu' | 'leaky_relu' | 'gelu' | 'silu', x: number[]): { y: number[]; dy: number[] } {
  const n = x.length;
  const y = new Array<number>(n);
  const dy = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    switch (name) {
      case 'sigmoid': {
        const s = sigmoid(v);
        y[i] = s;
        dy[i] = s * (1 - s);
        break;
      }
      case 'tanh': {
        const t = Math.tanh(v);
        y[i] = t;
        dy[i] = 1 - t * t;
        break;
      }
      case 'relu':
        y[i] = v > 0 ? v : 0;
        dy[i] = v > 0 ? 1 : 0; // PyTorch: the gradient at 0 is 0
        break;
      case 'leaky_relu':
        y[i] = v > 0 ? v : LEAKY_SLOPE * v;
        dy[i] = v > 0 ? 1 : LEAKY_SLOPE; // PyTorch: the gradient at 0 is the slope
        break;
      case 'gelu': {
        // x·Φ(x), Φ the standard normal CDF; derivative Φ(x) + x·φ(x).
        const cdf = 0.5 * (1 + erf(v * INV_SQRT_2));
        y[i] = v * cdf;
        dy[i] = cdf + v * INV_SQRT_2PI * Math.exp(-0.5 * v * v);
        break;
      }
      case 'silu': {
        const s = sigmoid(v);
        y[i] = v * s;
        dy[i] = s * (1 + v * (1 - s));
        break;
      }
    }
  }
  return { y, dy };
}
