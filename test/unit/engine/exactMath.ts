/**
 * exp, expm1, log and log1p to about 250 bits in BigInt fixed point, independent of the
 * engine's double arithmetic, for checking the portable functions against the true value.
 * A value is m·2^e; `ulpsFrom` says how far a double lies from it in units of its last place.
 */

export interface Exact {
  m: bigint;
  e: number;
}

/** Working bits below the leading one: the series' own error stays below 2^−240 relative. */
const W = 256;
const ONE = 1n << BigInt(W);

/** x = m·2^e exactly, m an integer of at most 53 bits. */
function parts(x: number): { m: bigint; e: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  const m = biased === 0 ? fraction : fraction | (1n << 52n);
  const sign = x < 0 ? -1n : 1n;
  return { m: sign * m, e: (biased === 0 ? 1 : biased) - 1075 };
}

/** x·2^scale rounded towards zero, as a BigInt. */
function fixed(x: number, scale: number): bigint {
  const { m, e } = parts(x);
  const shift = e + scale;
  return shift >= 0 ? m << BigInt(shift) : m / (1n << BigInt(-shift));
}

/** 2·atanh(s) for s given at scale 2^scale, |s| ≤ 1/3, at the same scale. */
function twoAtanh(s: bigint, scale: number): bigint {
  const one = 1n << BigInt(scale);
  const s2 = (s * s) / one;
  let power = s;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power = (power * s2) / one;
  }
  return 2n * sum;
}

const LN2 = twoAtanh(ONE / 3n, W);

/** ln(v·2^−scale) at scale 2^W, for v > 0. */
function lnFixed(v: bigint, scale: number): bigint {
  let k = v.toString(2).length - 1 - scale;
  // y = v·2^−scale / 2^k in [1, 2) at scale 2^W; halve once more above √2 so |s| ≤ 0.172.
  let y = k + scale > W ? v >> BigInt(k + scale - W) : v << BigInt(W - k - scale);
  if (y * y > 2n * ONE * ONE) {
    y >>= 1n;
    k += 1;
  }
  return BigInt(k) * LN2 + twoAtanh(((y - ONE) << BigInt(W)) / (y + ONE), W);
}

export function exactLog(x: number): Exact {
  const { m, e } = parts(x);
  return { m: lnFixed(m, -e), e: -W };
}

export function exactLog1p(x: number): Exact {
  if (Math.abs(x) >= 0.25) {
    const { m, e } = parts(x);
    const scale = Math.max(-e, W);
    return { m: lnFixed((1n << BigInt(scale)) + fixed(x, scale), scale), e: -W };
  }
  // log(1 + x) = 2·atanh(x/(2 + x)), at a scale of W bits below x's leading bit.
  const scale = W - Math.floor(Math.log2(Math.abs(x)));
  const xs = fixed(x, scale);
  const s = (xs << BigInt(scale)) / ((2n << BigInt(scale)) + xs);
  return { m: twoAtanh(s, scale), e: -scale };
}

/** e^r − 1 for r at scale 2^scale, |r| ≤ 1, at the same scale. */
function expm1Fixed(r: bigint, scale: number): bigint {
  const one = 1n << BigInt(scale);
  let term = r;
  let sum = 0n;
  for (let k = 2n; term !== 0n; k++) {
    sum += term;
    term = (term * r) / one / k;
  }
  return sum;
}

export function exactExp(x: number): Exact {
  // x = n·ln2 + r, |r| ≤ ln2/2 or a little more; e^x = 2^n·(1 + expm1(r)).
  const n = Math.round(x / Math.LN2);
  const r = fixed(x, W) - BigInt(n) * LN2;
  return { m: ONE + expm1Fixed(r, W), e: n - W };
}

export function exactExpm1(x: number): Exact {
  if (Math.abs(x) >= 0.25) {
    const { m, e } = exactExp(x);
    // Beyond 2^W the 1 no longer shows at this precision.
    return e >= 0 ? { m, e } : { m: m - (1n << BigInt(-e)), e };
  }
  const scale = W - Math.floor(Math.log2(Math.abs(x)));
  return { m: expm1Fixed(fixed(x, scale), scale), e: -scale };
}

/** (d − v)/ulp(d) for a finite double d, the ulp of subnormals being 2^−1074. */
export function ulpsFrom(d: number, v: Exact): number {
  const { m, e } = parts(d);
  const low = Math.min(e, v.e);
  const difference = (m << BigInt(e - low)) - (v.m << BigInt(v.e - low));
  // ulp(d) = 2^e when d's integer part m has 53 bits, as parts() gives every normal double.
  const shift = e - low;
  const whole = difference >> BigInt(shift);
  const rest = difference - (whole << BigInt(shift));
  return Number(whole) + Number(rest >> BigInt(Math.max(0, shift - 60))) / 2 ** Math.min(shift, 60);
}
