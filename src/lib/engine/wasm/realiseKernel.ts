/**
 * The behaviour pass in WebAssembly (realise.wat), instantiated once per draw kernel, on the
 * kernel's memory. Like the kernel it is a faster path to the same bits: where it cannot be
 * compiled the TypeScript pass runs instead.
 */
import { REALISE_BASE64 } from './kernelBytes';
import { decode, type WasmKernel } from './wasmKernel';

export interface RealiseKernel {
  /** Runs one trial's pass for the scheme whose frame is at `frame`. */
  run(frame: number): void;
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
  try {
    const module = new WebAssembly.Module(decode(REALISE_BASE64));
    const imports = { js: { memory: kernel.exports.memory } };
    const exports = new WebAssembly.Instance(module, imports).exports;
    return { run: exports.realise as (frame: number) => void };
  } catch {
    return null;
  }
}
