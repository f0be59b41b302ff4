/**
 * Writes the built-in sample history, static/sample/sales.csv, from a fixed seed.
 * Run with `npx tsx scripts/make-sample.ts`; the output is committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeSample } from '../src/lib/data/sample/makeSampleCsv';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'static/sample/sales.csv');

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, makeSample().csv);
process.stdout.write(`wrote ${out}\n`);
