// Writes the small files of the bad-input corpus into test/corpus/files/. The files are
// committed; this script documents how each was made and remakes them byte for byte:
// `npx tsx test/corpus/makeCorpus.ts`. Large files are made by the tests (bigFiles.ts).
import * as XLSX from '@e965/xlsx';
import { mkdirSync, writeFileSync } from 'node:fs';
import { smallFiles } from './smallFiles';

const dir = new URL('./files/', import.meta.url);
mkdirSync(dir, { recursive: true });

for (const [name, bytes] of Object.entries(smallFiles({ XLSX }))) {
  writeFileSync(new URL(name, dir), bytes);
}
