import { describe, expect, it } from 'vitest';
import { KERNEL_BASE64 } from '$lib/engine/wasm/kernelBytes';
import { assembleKernel } from '../../../../scripts/build-wasm';

describe('kernelBytes', () => {
  it('holds exactly the bytes wabt assembles from kernel.wat today', async () => {
    const committed = new Uint8Array(Buffer.from(KERNEL_BASE64, 'base64'));
    expect(Buffer.from(committed).equals(Buffer.from(await assembleKernel()))).toBe(true);
  });

  it('stays under the 4 KB that Chromium compiles synchronously on a page thread', () => {
    expect(Buffer.from(KERNEL_BASE64, 'base64').length).toBeLessThan(4096);
  });
});
