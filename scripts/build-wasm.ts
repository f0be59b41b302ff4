/**
 * Assembles the engine's WebAssembly modules (src/lib/engine/wasm/kernel.wat, the draws, with
 * kernelPay.wat, the pay, and realise.wat, the behaviour pass) with wabt and writes their bytes,
 * base64, to src/lib/engine/wasm/kernelBytes.ts. Run after editing a .wat:
 *
 *     npm run build:wasm          # = npx tsx scripts/build-wasm.ts
 *
 * test/unit/engine/wasm/kernelBytes.test.ts assembles the sources again and fails when the
 * committed bytes differ, so the binaries cannot go stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabt from 'wabt';
import { commandArgs } from '../src/cli/commandArgs';

const source = (name: string) =>
  fileURLToPath(new URL(`../src/lib/engine/wasm/${name}`, import.meta.url));
const TARGET = fileURLToPath(new URL('../src/lib/engine/wasm/kernelBytes.ts', import.meta.url));

/** The modules, by the name of the constant that holds each one's bytes. */
export const MODULES = { KERNEL_BASE64: 'kernel.wat', REALISE_BASE64: 'realise.wat' } as const;

/** Base64 characters per line of the generated module: it stays within 100 columns. */
const LINE = 88;

// WAT has no includes: a line `;; include NAME.wat` stands for that file's text, so that a module
// can be written in more than one file.
const include = /^[ \t]*;; include (\w+\.wat)[ \t]*$/gm;

/** A .wat source with the files it includes in place. */
function watText(name: string): string {
  return readFileSync(source(name), 'utf8').replace(include, (_, part: string) => watText(part));
}

/** A module's bytes as wabt assembles them from its .wat source (MVP and SIMD). */
export async function assemble(name: string): Promise<Uint8Array> {
  const text = watText(name);
  const module = (await wabt()).parseWat(name, text, { simd: true });
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}

function constant(name: string, bytes: Uint8Array): string {
  const base64 = Buffer.from(bytes).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += LINE) lines.push(`'${base64.slice(i, i + LINE)}'`);
  return `export const ${name} =\n  ${lines.join(' +\n  ')};\n`;
}

/** The TypeScript module that holds every module's bytes. */
export async function kernelModule(): Promise<string> {
  const constants: string[] = [];
  for (const [name, file] of Object.entries(MODULES)) {
    constants.push(constant(name, await assemble(file)));
  }
  return [
    '/**',
    " * The engine's WebAssembly modules (kernel.wat, realise.wat), assembled by",
    ' * scripts/build-wasm.ts. Generated: do not edit. test/unit/engine/wasm/kernelBytes.test.ts',
    ' * fails when they are stale.',
    ' */',
    constants.join('\n'),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  commandArgs('usage: npm run build:wasm (rewrites src/lib/engine/wasm/kernelBytes.ts)');
  writeFileSync(TARGET, await kernelModule());
}
