/**
 * The engine's WebAssembly kernel (kernel.wat), instantiated once per thread. The TypeScript
 * loops stay the reference and the fallback: where WebAssembly cannot be compiled here, the
 * engine runs them instead, with the same results to the last bit.
 */
import { EXP_FRACTION_POWERS, EXP_POWERS } from '../fastExp';
import { LAYER_LIMITS, normalFromWord, SIGNED_WIDTHS } from '../normal';
import { exp } from '../portableMath';
import { Xoshiro128 } from '../random';
import { KERNEL_BASE64 } from './kernelBytes';

export interface KernelExports {
  memory: WebAssembly.Memory;
  draw(logMu: number, logSigma: number, out: number, cells: number): number;
  truthTelling(
    target: number,
    sales: number,
    out: number,
    sums: number,
    squares: number,
    reps: number,
    periods: number,
    alpha: number,
    beta: number,
    gamma: number,
    zeroFloor: number,
    lowest: number,
  ): void;
  haggledQuota(
    target: number,
    fixedPay: number,
    sales: number,
    out: number,
    sums: number,
    squares: number,
    reps: number,
    periods: number,
    excessRate: number,
  ): void;
}

/** Byte offsets of kernel.wat's fixed layout. */
export const STATE = 0;
export const TALLY = 64;
const WIDTHS = 1024;
const LIMITS = 3072;
const FRACTIONS = 4096;
const POWERS = 20480;
/** Where the arrays of a block may start. */
export const ARRAYS = 65536;

export interface WasmKernel {
  readonly exports: KernelExports;
  /** The generator's state words, refreshed with the memory's buffer by `reserve`. */
  state: Int32Array;
  tally: Float64Array;
}

let instance: WasmKernel | null | undefined;

/**
 * The kernel of this thread, or null where it cannot be had: no WebAssembly, no WebAssembly
 * SIMD (the pay kernels use it; Safari before 16.4 lacks it), or a host that refuses to
 * compile synchronously (Chromium's page thread refuses modules over 4 KB, which this one
 * stays under, tested; a content policy without 'wasm-unsafe-eval' refuses any).
 */
export function wasmKernel(): WasmKernel | null {
  if (instance === undefined) instance = instantiate();
  return instance;
}

function instantiate(): WasmKernel | null {
  if (typeof WebAssembly !== 'object') return null;
  let module: WebAssembly.Module;
  try {
    module = new WebAssembly.Module(decode(KERNEL_BASE64));
  } catch {
    return null;
  }

  // The ziggurat's rare paths (about 1 % of draws) go back to normalFromWord, on the state the
  // kernel stored before the call; it reloads the state afterwards.
  const spare = new Xoshiro128(1, 0, 0, 0);
  const rest = (word: number): number => {
    const s = kernel.state;
    spare.s0 = s[0];
    spare.s1 = s[1];
    spare.s2 = s[2];
    spare.s3 = s[3];
    const z = normalFromWord(spare, word);
    s[0] = spare.s0;
    s[1] = spare.s1;
    s[2] = spare.s2;
    s[3] = spare.s3;
    return z;
  };
  const exports = new WebAssembly.Instance(module, { js: { exp, rest } })
    .exports as unknown as KernelExports;
  const kernel: WasmKernel = { exports, state: new Int32Array(0), tally: new Float64Array(0) };
  reserve(kernel, ARRAYS);

  const memory = new Float64Array(exports.memory.buffer);
  memory.set(SIGNED_WIDTHS, WIDTHS / 8);
  memory.set(LAYER_LIMITS, LIMITS / 8);
  memory.set(EXP_FRACTION_POWERS, FRACTIONS / 8);
  memory.set(EXP_POWERS, POWERS / 8);
  return kernel;
}

/**
 * Grows the kernel's memory to at least `bytes` and refreshes its views; false when it cannot
 * grow that far. Memory never shrinks: a thread keeps the largest block it ran.
 */
export function reserve(kernel: WasmKernel, bytes: number): boolean {
  const memory = kernel.exports.memory;
  const missing = Math.ceil((bytes - memory.buffer.byteLength) / 65536);
  if (missing > 0) {
    try {
      memory.grow(missing);
    } catch {
      return false;
    }
  }
  kernel.state = new Int32Array(memory.buffer, STATE, 4);
  kernel.tally = new Float64Array(memory.buffer, TALLY, 9);
  return true;
}

export function decode(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
