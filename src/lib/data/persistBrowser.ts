import type { PersistStore } from './persistStore';

const FOLDER = 'incentive-lab';
const DB_NAME = 'incentive-lab';
const STORE = 'files';

/**
 * The browser's store for kept data: the origin-private file system where the browser has it,
 * else IndexedDB. Throws (a DOMException the caller sorts with storageProblem) when neither
 * may be used, as in some private windows.
 */
export async function openBrowserStore(): Promise<PersistStore> {
  try {
    return await openOpfs();
  } catch (opfsError) {
    if (typeof indexedDB === 'undefined') throw opfsError;
    return openIndexedDb();
  }
}

async function openOpfs(): Promise<PersistStore> {
  const root = await navigator.storage.getDirectory();
  const folder = await root.getDirectoryHandle(FOLDER, { create: true });

  // A writable stream writes to a swap file that replaces the file only on close().
  return {
    kind: 'opfs',
    read: async (name) => {
      try {
        const file = await (await folder.getFileHandle(name)).getFile();
        return new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        if (error instanceof DOMException && error.name === 'NotFoundError') return null;
        throw error;
      }
    },
    write: async (name, bytes) => {
      const handle = await folder.getFileHandle(name, { create: true });
      const stream = await handle.createWritable();
      try {
        await stream.write(bytes as Uint8Array<ArrayBuffer>);
        await stream.close();
      } catch (error) {
        await stream.abort().catch(() => undefined);
        throw error;
      }
    },
    remove: async (name) => {
      try {
        await folder.removeEntry(name);
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'NotFoundError')) throw error;
      }
    },
  };
}

async function openIndexedDb(): Promise<PersistStore> {
  const db = await request<IDBDatabase>(() => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    return open;
  });

  // A write counts once its transaction commits: a full quota aborts it only then.
  const run = <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onabort = () => reject(tx.error ?? req.error ?? new Error('IndexedDB write aborted'));
      tx.onerror = () => reject(tx.error ?? req.error ?? new Error('IndexedDB request failed'));
    });

  return {
    kind: 'indexeddb',
    read: async (name) => {
      const value = await run<unknown>('readonly', (s) => s.get(name));
      return value instanceof Uint8Array ? value : null;
    },
    write: async (name, bytes) => {
      await run('readwrite', (s) => s.put(bytes.slice(), name));
    },
    remove: async (name) => {
      await run('readwrite', (s) => s.delete(name));
    },
  };
}

function request<T>(start: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = start();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}
