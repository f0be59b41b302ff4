/**
 * The behaviour pass in WebAssembly (realise.wat), instantiated once per draw kernel, on the
 * kernel's memory. Like the kernel it is a faster path to the same bits: where it cannot be
 * compiled the TypeScript pass runs instead.
 */
import { REALISE_BASE64 } from './kernelBytes';
import { decode, type WasmKernel } from './wasmKernel';

/** What a period is worth after a shift, asked of the TypeScript for reps out of reach. */
export type CellValue = (
  cell: number,
  target: number,
  fixed: number,
  sales: number,
  nextMarginal: number,
  curvature: number,
  shift: number,
) => number;

export interface RealiseKernel {
  /** Runs one trial's pass for the scheme whose frame is at `frame`, asking `value`. */
  run(frame: number, value: CellValue): void;
}

const instances = new WeakMap<WasmKernel, RealiseKernel | null>();

export function realiseKernel(kernel: WasmKernel): RealiseKernel | null {
  let found = instances.get(kernel);
  if (found === undefined) {
    found = instantiate(kernel);
    instances.set(kernel, found);
  }
  return found;
}

function instantiate(kernel: WasmKernel): RealiseKernel | null {
  let asked: CellValue = () => NaN;
  // Written out, not (...args): a rest array would be allocated for every call.
  const value: CellValue = (cell, target, fixed, sales, nextMarginal, curvature, shift) =>
    asked(cell, target, fixed, sales, nextMarginal, curvature, shift);
  let realise: (frame: number) => void;
  try {
    const module = new WebAssembly.Module(decode(REALISE_BASE64));
    const imports = { js: { memory: kernel.exports.memory, value } };
    const exports = new WebAssembly.Instance(module, imports).exports;
    realise = exports.realise as (frame: number) => void;
  } catch {
    return null;
  }
  return {
    run(frame, cellValue) {
      asked = cellValue;
      realise(frame);
    },
  };
}
