import type { ImportOptions } from '../data';
import { openBrowserStore } from '../data/persistBrowser';
import {
  clearSaved,
  loadImport,
  loadSettings,
  saveImport,
  saveSettings,
  type SavedImport,
} from '../data/persistImport';
import {
  storageProblem,
  type PersistStore,
  type StorageProblem,
  type StoreKind,
} from '../data/persistStore';
import { settingsValid, type Settings } from './settings';

/** A storage problem in words for the data panel; `file` names the kept file when it matters. */
export type SavedProblem =
  | { kind: StorageProblem['kind']; detail: string }
  | { kind: 'restore'; detail: string; file: string };

/** What is kept of the settings panel: its values and the scheme compared against. */
export interface KeptSettings {
  settings: Settings;
  baseline: string;
}

const floors = new Set(['none', 'zero', 'deduct']);

/**
 * The data kept in this browser: the last imported file with its options, and the settings.
 * Every failure is kept in `problem` for the panel to explain; nothing is dropped silently.
 */
export class SavedData {
  kind = $state<StoreKind | null>(null);
  fileName = $state<string | null>(null);
  problem = $state.raw<SavedProblem | null>(null);
  cleared = $state(false);
  #store: Promise<PersistStore> | null = null;

  /** The kept import, or null when there is none or it cannot be read (see `problem`). */
  async restoreImport(): Promise<SavedImport | null> {
    const store = await this.#open();
    if (!store) return null;
    const outcome = await loadImport(store);
    if (outcome.status === 'problem') this.problem = outcome.problem;
    if (outcome.status !== 'ok') return null;
    this.fileName = outcome.value.fileName;
    return outcome.value;
  }

  /** A kept file that no longer imports stays kept; the user decides to forget it. */
  restoreFailed(fileName: string, errors: string[]): void {
    this.problem = { kind: 'restore', file: fileName, detail: errors[0] ?? '' };
  }

  async keepImport(fileName: string, bytes: Uint8Array, options: ImportOptions): Promise<void> {
    const store = await this.#open();
    if (!store) return;
    const savedAt = new Date().toISOString();
    const problem = await saveImport(store, { fileName, bytes, options, savedAt });
    this.problem = problem;
    this.cleared = false;
    this.fileName = problem ? null : fileName;
  }

  /** The kept settings merged over `current`, or null when none are kept or they are invalid. */
  async restoreSettings(current: Settings): Promise<KeptSettings | null> {
    const store = await this.#open();
    if (!store) return null;
    const outcome = await loadSettings(store);
    if (outcome.status === 'problem') this.problem = outcome.problem;
    return outcome.status === 'ok' ? keptSettings(current, outcome.value) : null;
  }

  async keepSettings(kept: KeptSettings): Promise<void> {
    const store = await this.#open();
    if (!store) return;
    const problem = await saveSettings(store, kept);
    if (problem) this.problem = problem;
  }

  async clear(): Promise<void> {
    const store = await this.#open();
    if (!store) return;
    const problem = await clearSaved(store);
    this.problem = problem;
    this.cleared = problem === null;
    if (!problem) this.fileName = null;
  }

  async #open(): Promise<PersistStore | null> {
    this.#store ??= openBrowserStore();
    try {
      const store = await this.#store;
      this.kind = store.kind;
      return store;
    } catch (error) {
      this.#store = null;
      this.problem = storageProblem(error);
      return null;
    }
  }
}

/** Kept settings over the current ones, if they still pass the panel's checks. */
export function keptSettings(current: Settings, value: unknown): KeptSettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const kept = value as Partial<KeptSettings>;
  const saved = kept.settings;
  if (typeof saved !== 'object' || saved === null || typeof kept.baseline !== 'string') {
    return null;
  }

  const settings: Settings = {
    ...current,
    ...saved,
    haggling: { ...current.haggling, ...saved.haggling },
    economics: { ...current.economics, ...saved.economics },
  };
  if (!floors.has(settings.floor) || !settingsValid(settings)) return null;
  return { settings, baseline: kept.baseline };
}

/** The one store of the app, shared by the session and the data panel. */
export const savedData = new SavedData();

/** Keeps the settings a moment after each change, for as long as the page lives. */
export function keepSettingsOnChange(source: KeptSettings): () => void {
  return $effect.root(() => {
    $effect(() => {
      const kept = { settings: $state.snapshot(source.settings), baseline: source.baseline };
      const timer = setTimeout(() => void savedData.keepSettings(kept), 300);
      return () => clearTimeout(timer);
    });
  });
}
