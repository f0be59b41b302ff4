import type { ImportOptions } from './importFile';
import type { Calendar } from './sql/periodTotalsSql';
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
export const ASSIGN_BYTES = 'assign.bin';
export const ASSIGN_META = 'assign.json';

/** An assignment file joined to the kept import, so that a reload joins it again the same way. */
export interface SavedAssignments {
  fileName: string;
  bytes: Uint8Array;
  /** The sales file the groups were joined to; another file does not get them. */
  salesFile: string;
  calendar: Calendar;
  savedAt: string;
}

interface AssignMeta {
  version: 1;
  fileName: string;
  salesFile: string;
  calendar: Calendar;
  savedAt: string;
  size: number;
  crc32: number;
}

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

/**
 * The name of the kept import's file, from its description alone (no bytes read); null when
 * none is kept or the description is not one. Another tab of the browser may have kept it since
 * this one read the store.
 */
export async function keptFileName(store: PersistStore): Promise<string | null> {
  const raw = await store.read(IMPORT_META);
  const meta = raw === null ? null : parseJson(raw);
  return isImportMeta(meta) ? meta.fileName : null;
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

/** Keeps an assignment file as saveImport keeps the import: bytes, then the checked meta. */
export async function saveAssignments(
  store: PersistStore,
  saved: SavedAssignments,
): Promise<StorageProblem | null> {
  const { fileName, salesFile, calendar, savedAt, bytes } = saved;
  const meta: AssignMeta = {
    version: VERSION,
    ...{ fileName, salesFile, calendar, savedAt },
    size: bytes.length,
    crc32: persistCrc32(bytes),
  };
  try {
    await store.remove(ASSIGN_META);
    await store.write(ASSIGN_BYTES, bytes);
    await store.write(ASSIGN_META, encode(meta));
    return null;
  } catch (error) {
    return storageProblem(error);
  }
}

/** The kept assignment file, none, or why it cannot be used. */
export async function loadAssignments(store: PersistStore): Promise<Restored<SavedAssignments>> {
  let meta: AssignMeta;
  let bytes: Uint8Array | null;
  try {
    const raw = await store.read(ASSIGN_META);
    if (raw === null) return { status: 'none' };
    const parsed = parseJson(raw);
    if (!isAssignMeta(parsed)) return corrupt(`${ASSIGN_META} is not a kept assignment file`);
    meta = parsed;
    bytes = await store.read(ASSIGN_BYTES);
  } catch (error) {
    return { status: 'problem', problem: storageProblem(error) };
  }

  if (bytes === null) return corrupt(`${ASSIGN_BYTES} is missing`);
  if (bytes.length !== meta.size || persistCrc32(bytes) !== meta.crc32) {
    return corrupt(`${meta.fileName}: the kept bytes differ from those written`);
  }
  const { fileName, salesFile, calendar, savedAt } = meta;
  return { status: 'ok', value: { fileName, bytes, salesFile, calendar, savedAt } };
}

/** Forgets everything kept: the import, its assignment file and the settings. */
export async function clearSaved(store: PersistStore): Promise<StorageProblem | null> {
  try {
    const names = [IMPORT_META, IMPORT_BYTES, ASSIGN_META, ASSIGN_BYTES, SETTINGS_FILE];
    for (const name of names) await store.remove(name);
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

function isAssignMeta(value: unknown): value is AssignMeta {
  if (typeof value !== 'object' || value === null) return false;
  const meta = value as Partial<AssignMeta>;
  const calendar = meta.calendar as Partial<Calendar> | undefined;
  return (
    meta.version === VERSION &&
    typeof meta.fileName === 'string' &&
    typeof meta.salesFile === 'string' &&
    typeof meta.savedAt === 'string' &&
    typeof meta.size === 'number' &&
    typeof meta.crc32 === 'number' &&
    typeof calendar === 'object' &&
    calendar !== null &&
    ['month', 'quarter', 'year'].includes(calendar.unit ?? '') &&
    typeof calendar.fiscalStart === 'number'
  );
}

function corrupt<T>(detail: string): Restored<T> {
  return { status: 'problem', problem: { kind: 'corrupt', detail } };
}
