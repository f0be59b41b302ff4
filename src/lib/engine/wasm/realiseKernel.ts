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

/** Where in a frame realise.wat leaves a question's numbers, in the order CellValue takes them. */
export const QUESTION_AT = 208;

export interface RealiseKernel {
  /**
   * Runs one trial's pass for the scheme whose frame is at `frame`; `ask` answers for a cell
   * with the numbers at QUESTION_AT in the frame.
   */
  run(frame: number, ask: (cell: number) => number): void;
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
  let asked: (cell: number) => number = () => NaN;
  const value = (_frame: number, cell: number) => asked(cell);
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
    run(frame, ask) {
      asked = ask;
      realise(frame);
    },
  };
}
