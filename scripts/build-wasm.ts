/**
 * Assembles the engine's WebAssembly kernel (src/lib/engine/wasm/kernel.wat) with wabt and
 * writes its bytes, base64, to src/lib/engine/wasm/kernelBytes.ts. Run after editing the .wat:
 *
 *     npm run build:wasm          # = npx tsx scripts/build-wasm.ts
 *
 * test/unit/engine/wasm/kernelBytes.test.ts assembles the source again and fails when the
 * committed bytes differ, so the binary cannot go stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabt from 'wabt';

const SOURCE = fileURLToPath(new URL('../src/lib/engine/wasm/kernel.wat', import.meta.url));
const TARGET = fileURLToPath(new URL('../src/lib/engine/wasm/kernelBytes.ts', import.meta.url));

/** Base64 characters per line of the generated module: it stays within 100 columns. */
const LINE = 88;

/** The kernel's bytes as wabt assembles them from the .wat source (MVP and SIMD). */
export async function assembleKernel(text = readFileSync(SOURCE, 'utf8')): Promise<Uint8Array> {
  const module = (await wabt()).parseWat('kernel.wat', text, { simd: true });
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}

/** The TypeScript module that holds `bytes`. */
export function kernelModule(bytes: Uint8Array): string {
  const base64 = Buffer.from(bytes).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += LINE) lines.push(`'${base64.slice(i, i + LINE)}'`);
  return [
    '/**',
    " * The engine's WebAssembly kernel (kernel.wat), assembled by scripts/build-wasm.ts.",
    ' * Generated: do not edit. test/unit/engine/wasm/kernelBytes.test.ts fails when it is stale.',
    ' */',
    'export const KERNEL_BASE64 =',
    `  ${lines.join(' +\n  ')};`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(TARGET, kernelModule(await assembleKernel()));
}
