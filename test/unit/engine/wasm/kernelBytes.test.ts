import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KERNEL_BASE64, REALISE_BASE64 } from '$lib/engine/wasm/kernelBytes';
import { kernelModule } from '../../../../scripts/build-wasm';

describe('kernelBytes', () => {
  it('holds exactly the bytes wabt assembles from kernel.wat and realise.wat today', async () => {
    const committed = readFileSync('src/lib/engine/wasm/kernelBytes.ts', 'utf8');
    expect(committed).toBe(await kernelModule());
  });

  it('keeps each module under the 4 KB that Chromium compiles synchronously on a page', () => {
    for (const bytes of [KERNEL_BASE64, REALISE_BASE64]) {
      expect(Buffer.from(bytes, 'base64').length).toBeLessThan(4096);
    }
  });
});
