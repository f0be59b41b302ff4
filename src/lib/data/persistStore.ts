/** Where kept data lives: the origin-private file system, or IndexedDB where that is missing. */
export type StoreKind = 'opfs' | 'indexeddb';

/** A few named byte files; both browser stores and the tests' fake implement it. */
export interface PersistStore {
  kind: StoreKind;
  /** The file's bytes, or null when there is no such file. */
  read(name: string): Promise<Uint8Array | null>;
  /** Replaces the file whole: a reader sees the old bytes or the new, never a mix. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
}

/**
 * Why keeping or reading back failed, for the user: the quota is used up, the browser forbids
 * storage (private window, blocked site data), what was kept does not read back, the store was
 * removed under the open page (the site's data cleared), or else.
 */
export interface StorageProblem {
  kind: 'full' | 'blocked' | 'corrupt' | 'gone' | 'failed';
  detail: string;
}

// DOMException names from the File System and IndexedDB specs.
const blockedNames = new Set(['SecurityError', 'NotAllowedError', 'InvalidStateError']);

/** A thrown storage error, sorted into what the user can do about it. */
export function storageProblem(error: unknown): StorageProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  const detail = name && name !== 'Error' ? `${String(name)}: ${message}` : message;
  if (name === 'QuotaExceededError') return { kind: 'full', detail };
  if (typeof name === 'string' && blockedNames.has(name)) return { kind: 'blocked', detail };
  // The folder the page opened no longer exists: its handle finds nothing, whatever the file.
  if (name === 'NotFoundError') return { kind: 'gone', detail };
  return { kind: 'failed', detail };
}
