/**
 * Writes the built-in sample history, static/sample/sales.csv, from a fixed seed, and its
 * calibration, static/sample/calibration.json, by the same code the app runs in DuckDB: the
 * page starts on the JSON without waiting for DuckDB. Run with `npm run sample`; both outputs
 * are committed, and a unit test fails while the JSON differs from a fresh calibration.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandArgs } from '../src/cli/commandArgs';
import { openNodeDb } from '../src/lib/data/nodeDb';
import { sampleCalibrationText } from '../src/lib/data/sample/sampleCalibrationText';
import { makeSample } from '../src/lib/data/sample/makeSampleCsv';
import { loadSampleText } from '../src/lib/data/source';

commandArgs('usage: npm run sample (rewrites static/sample/sales.csv and calibration.json)');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const csvOut = resolve(root, 'static/sample/sales.csv');
const jsonOut = resolve(root, 'static/sample/calibration.json');

const { csv } = makeSample();
mkdirSync(dirname(csvOut), { recursive: true });
writeFileSync(csvOut, csv);
process.stdout.write(`wrote ${csvOut}\n`);

const calibration = await loadSampleText(await openNodeDb(), csv);
writeFileSync(jsonOut, sampleCalibrationText(calibration));
process.stdout.write(`wrote ${jsonOut}\n`);
