/**
 * Double-double arithmetic (Dekker 1971, Knuth's two-sum): a value as an unevaluated sum
 * hi + lo of two doubles, about 106 bits, from IEEE-exact operations alone. For the tables the
 * portable exp and log build once; it allocates, so hot loops write the steps out instead.
 */

/** Veltkamp's splitter for doubles: 2^27 + 1. */
const SPLITTER = 134217729;

/** a + b = s + e exactly, for |a| ≥ |b|. */
export function fastTwoSum(a: number, b: number): [number, number] {
  const s = a + b;
  return [s, b - (s - a)];
}

/** a + b = s + e exactly (Knuth). */
export function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

/** a · b = p + e exactly, by Veltkamp's split (no fused multiply-add in JavaScript). */
export function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const [aHi, aLo] = split(a);
  const [bHi, bLo] = split(b);
  return [p, aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo];
}

function split(a: number): [number, number] {
  const c = SPLITTER * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}

export function add(aHi: number, aLo: number, bHi: number, bLo: number): [number, number] {
  const [s, e] = twoSum(aHi, bHi);
  return fastTwoSum(s, e + aLo + bLo);
}

export function multiply(aHi: number, aLo: number, bHi: number, bLo: number): [number, number] {
  const [p, e] = twoProduct(aHi, bHi);
  return fastTwoSum(p, e + aHi * bLo + aLo * bHi);
}

/** (aHi + aLo) / d for a double d ≠ 0. */
export function divide(aHi: number, aLo: number, d: number): [number, number] {
  const q = aHi / d;
  const [p, e] = twoProduct(q, d);
  return fastTwoSum(q, (aHi - p - e + aLo) / d);
}
