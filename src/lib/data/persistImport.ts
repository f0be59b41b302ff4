import type { ImportOptions } from './importFile';
import { persistCrc32 } from './persistCrc32';
import { storageProblem, type PersistStore, type StorageProblem } from './persistStore';

/** The imported file as it was chosen, so that a reload imports it again the same way. */
export interface SavedImport {
  fileName: string;
  bytes: Uint8Array;
  options: ImportOptions;
  /** ISO time of the import. */
  savedAt: string;
}

export type Restored<T> =
  { status: 'none' } | { status: 'ok'; value: T } | { status: 'problem'; problem: StorageProblem };

interface ImportMeta {
  version: 1;
  fileName: string;
  options: ImportOptions;
  savedAt: string;
  size: number;
  crc32: number;
}

const VERSION = 1;
export const IMPORT_BYTES = 'import.bin';
export const IMPORT_META = 'import.json';
export const SETTINGS_FILE = 'settings.json';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/**
 * Keeps the file: bytes first, then the description with their size and CRC-32. The
 * description is the commit mark, so a write cut short leaves the previous import readable
 * or is caught as a mismatch; it is never taken for a whole file.
 */
export async function saveImport(
  store: PersistStore,
  saved: SavedImport,
): Promise<StorageProblem | null> {
  const meta: ImportMeta = {
    version: VERSION,
    fileName: saved.fileName,
    options: saved.options,
    savedAt: saved.savedAt,
    size: saved.bytes.length,
    crc32: persistCrc32(saved.bytes),
  };
  try {
    await store.remove(IMPORT_META);
    await store.write(IMPORT_BYTES, saved.bytes);
    await store.write(IMPORT_META, encode(meta));
    return null;
  } catch (error) {
    return storageProblem(error);
  }
}

/** The kept import, none, or why it cannot be used; a damaged one is left as it is. */
export async function loadImport(store: PersistStore): Promise<Restored<SavedImport>> {
  let meta: ImportMeta;
  let bytes: Uint8Array | null;
  try {
    const raw = await store.read(IMPORT_META);
    if (raw === null) return { status: 'none' };
    const parsed = parseJson(raw);
    if (!isImportMeta(parsed)) return corrupt(`${IMPORT_META} is not a kept import`);
    meta = parsed;
    bytes = await store.read(IMPORT_BYTES);
  } catch (error) {
    return { status: 'problem', problem: storageProblem(error) };
  }

  if (bytes === null) return corrupt(`${IMPORT_BYTES} is missing`);
  if (bytes.length !== meta.size) {
    return corrupt(`${meta.fileName}: ${bytes.length} bytes kept, ${meta.size} written`);
  }
  if (persistCrc32(bytes) !== meta.crc32) return corrupt(`${meta.fileName}: checksum differs`);

  const { fileName, options, savedAt } = meta;
  return { status: 'ok', value: { fileName, bytes, options, savedAt } };
}

/** Keeps the scenario settings, any JSON value; the app checks them when it reads them back. */
export async function saveSettings(
  store: PersistStore,
  settings: unknown,
): Promise<StorageProblem | null> {
  try {
    await store.write(SETTINGS_FILE, encode({ version: VERSION, settings }));
    return null;
  } catch (error) {
    return storageProblem(error);
  }
}

export async function loadSettings(store: PersistStore): Promise<Restored<unknown>> {
  try {
    const raw = await store.read(SETTINGS_FILE);
    if (raw === null) return { status: 'none' };
    const parsed = parseJson(raw);
    if (typeof parsed !== 'object' || parsed === null || !('settings' in parsed)) {
      return corrupt(`${SETTINGS_FILE} holds no settings`);
    }
    return { status: 'ok', value: parsed.settings };
  } catch (error) {
    return { status: 'problem', problem: storageProblem(error) };
  }
}

/** Forgets everything kept: the import and the settings. */
export async function clearSaved(store: PersistStore): Promise<StorageProblem | null> {
  try {
    for (const name of [IMPORT_META, IMPORT_BYTES, SETTINGS_FILE]) await store.remove(name);
    return null;
  } catch (error) {
    return storageProblem(error);
  }
}

function parseJson(raw: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    return undefined;
  }
}

function isImportMeta(value: unknown): value is ImportMeta {
  if (typeof value !== 'object' || value === null) return false;
  const meta = value as Partial<ImportMeta>;
  return (
    meta.version === VERSION &&
    typeof meta.fileName === 'string' &&
    typeof meta.options === 'object' &&
    meta.options !== null &&
    typeof meta.savedAt === 'string' &&
    typeof meta.size === 'number' &&
    typeof meta.crc32 === 'number'
  );
}

function corrupt<T>(detail: string): Restored<T> {
  return { status: 'problem', problem: { kind: 'corrupt', detail } };
}
