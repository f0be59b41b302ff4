import type { ImportMessage } from '../data/importMessages';
import type { ImportOptions } from '../data';
import { openBrowserStore } from '../data/persistBrowser';
import {
  clearSaved,
  loadAssignments,
  loadImport,
  loadSettings,
  saveAssignments,
  saveImport,
  saveSettings,
  type SavedAssignments,
  type SavedImport,
} from '../data/persistImport';
import {
  storageProblem,
  type PersistStore,
  type StorageProblem,
  type StoreKind,
} from '../data/persistStore';
import { parseScenario, type Scenario } from '../engine';
import { currencies, type Currency } from '../i18n/format';
import {
  isValid,
  limits,
  valueOf,
  withValue,
  type NumericSetting,
  type Settings,
} from './settings';

/** A storage problem in words for the data panel; `file` names the kept file when it matters. */
export type SavedProblem =
  | { kind: StorageProblem['kind']; detail: string }
  | { kind: 'dropped'; fields: string[] }
  | { kind: 'restore'; detail: ImportMessage | null; file: string };

/**
 * What is kept of the settings: the panel's values, the scheme compared against, the unit the
 * loaded history's figures are counted in and the scenario they apply to (schemes sent from the
 * Schemes screen, a file opened); earlier builds kept neither of the last two.
 */
export interface KeptSettings {
  settings: Settings;
  baseline: string;
  currency?: Currency;
  scenario?: Scenario;
}

/** What the kept settings are read from as they change: the session. */
export interface SettingsSource {
  settings: Settings;
  baseline: string;
  readonly historyUnit: Currency;
  readonly scenario: Scenario | null;
}

const floors = new Set(['none', 'zero', 'deduct']);

/**
 * Settings changed just before the page goes away, written at once: the store's writes are
 * asynchronous and may not finish while a page unloads, localStorage's are synchronous. Removed
 * as soon as the store holds the same or newer settings.
 */
export const PENDING_SETTINGS_KEY = 'incentive-lab.settings.pending';

/**
 * The data kept in this browser: the last imported file with its options, and the settings.
 * Every failure is kept in `problem` for the panel to explain; nothing is dropped silently.
 */
export class SavedData {
  kind = $state<StoreKind | null>(null);
  fileName = $state<string | null>(null);
  /** When the kept file was kept, so that tabs can tell two imports of one name apart. */
  savedAt = $state<string | null>(null);
  /**
   * The assignment file kept in the store and the history it was joined to: it joins again only
   * to that history, so a new import that replaces the history leaves it out of the status.
   */
  #assign = $state<{ fileName: string; salesFile: string } | null>(null);
  problem = $state.raw<SavedProblem | null>(null);
  cleared = $state(false);
  #store: Promise<PersistStore> | null = null;

  /** The assignment file kept with the kept import, if any. */
  get assignFileName(): string | null {
    return this.#assign?.salesFile === this.fileName ? this.#assign.fileName : null;
  }

  /** The kept import, or null when there is none or it cannot be read (see `problem`). */
  async restoreImport(): Promise<SavedImport | null> {
    const store = await this.#open();
    if (!store) return null;
    const outcome = await loadImport(store);
    if (outcome.status === 'problem') this.problem = outcome.problem;
    if (outcome.status !== 'ok') return null;
    [this.fileName, this.savedAt] = [outcome.value.fileName, outcome.value.savedAt];
    return outcome.value;
  }

  /** A kept file that no longer imports stays kept; the user decides to forget it. */
  restoreFailed(fileName: string, errors: readonly ImportMessage[]): void {
    this.problem = { kind: 'restore', file: fileName, detail: errors[0] ?? null };
  }

  async keepImport(fileName: string, bytes: Uint8Array, options: ImportOptions): Promise<void> {
    const store = await this.#open();
    if (!store) return;
    const savedAt = new Date().toISOString();
    const problem = await this.#write(
      store,
      (s) => saveImport(s, { fileName, bytes, options, savedAt }),
      true,
    );
    this.problem = problem;
    this.cleared = false;
    this.fileName = problem ? null : fileName;
    this.savedAt = problem ? null : savedAt;
  }

  /** Keeps an assignment file joined to `saved.salesFile`, replacing any kept before. */
  async keepAssignments(saved: Omit<SavedAssignments, 'savedAt'>): Promise<void> {
    const store = await this.#open();
    if (!store) return;
    const savedAt = new Date().toISOString();
    const problem = await this.#write(store, (s) => saveAssignments(s, { ...saved, savedAt }));
    // A write that worked on the store opened again has said the kept file is gone.
    if (problem) this.problem = problem;
    this.#assign = problem ? null : { fileName: saved.fileName, salesFile: saved.salesFile };
  }

  /** The kept assignment file if it was joined to `salesFile`, else null. */
  async restoreAssignments(salesFile: string): Promise<SavedAssignments | null> {
    const store = await this.#open();
    if (!store) return null;
    const outcome = await loadAssignments(store);
    if (outcome.status === 'problem') this.problem = outcome.problem;
    if (outcome.status !== 'ok') return null;
    this.#assign = { fileName: outcome.value.fileName, salesFile: outcome.value.salesFile };
    return outcome.value.salesFile === salesFile ? outcome.value : null;
  }

  /** The kept settings merged over `current` (see keptSettings), or null when none are kept. */
  async restoreSettings(current: Settings): Promise<KeptSettings | null> {
    const store = await this.#open();
    if (!store) return null;
    const outcome = await loadSettings(store);
    if (outcome.status === 'problem') this.problem = outcome.problem;

    const pending = readPending();
    const newer = pending && keptSettings(current, pending.kept);
    const restored =
      newer ?? (outcome.status === 'ok' ? keptSettings(current, outcome.value) : null);
    if (!restored) return null;
    if (restored.dropped.length > 0) {
      this.problem = { kind: 'dropped', fields: restored.dropped };
    }
    if (pending && newer) await this.keepSettings(newer.kept, pending.at);
    return restored.kept;
  }

  /** `at`: when the settings were taken, so that an older write never forgets a newer copy. */
  async keepSettings(kept: KeptSettings, at = Date.now()): Promise<void> {
    const store = await this.#open();
    if (!store) return;
    const problem = await this.#write(store, (s) => saveSettings(s, kept));
    if (problem) this.problem = problem;
    else removePending(at);
  }

  async clear(): Promise<void> {
    const store = await this.#open();
    if (!store) return;
    removePending(Infinity);
    const problem = await clearSaved(store);
    this.problem = problem;
    this.cleared = problem === null;
    if (!problem) [this.fileName, this.savedAt, this.#assign] = [null, null, null];
  }

  /** Another tab forgot what is kept: the store holds nothing now, as after `clear`. */
  forgottenElsewhere(): void {
    [this.fileName, this.savedAt, this.#assign] = [null, null, null];
    this.cleared = true;
  }

  /**
   * Runs a write, and once more on the store opened again when the store was removed under the
   * page (the site's data cleared while it was open). The new store starts empty: a file kept
   * before is gone, which `problem` says, unless this write keeps a file anew (`keepsFile`).
   */
  async #write(
    store: PersistStore,
    write: (store: PersistStore) => Promise<StorageProblem | null>,
    keepsFile = false,
  ): Promise<StorageProblem | null> {
    const problem = await write(store);
    if (problem?.kind !== 'gone') return problem;
    this.#store = null;
    const lost = this.fileName !== null;
    [this.fileName, this.savedAt, this.#assign] = [null, null, null];
    const again = await this.#open();
    // #open failed and put its storage problem in `problem`.
    if (!again) return this.problem as StorageProblem;
    const retried = await write(again);
    if (retried === null && lost && !keepsFile) [this.problem, this.cleared] = [problem, true];
    return retried;
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

/** Kept settings read back, and each kept value that was refused, as `name = value`. */
export interface RestoredSettings {
  kept: KeptSettings;
  dropped: string[];
}

/**
 * Kept settings over the current ones, field by field: a value outside today's range (kept by
 * an earlier build with wider limits, or edited by hand) gives way to the current one and is
 * named in `dropped`, so that one stale field does not cost the others. Null when the value is
 * not kept settings at all.
 */
export function keptSettings(current: Settings, value: unknown): RestoredSettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const kept = value as Partial<KeptSettings>;
  const saved = kept.settings;
  if (typeof saved !== 'object' || saved === null || typeof kept.baseline !== 'string') {
    return null;
  }

  let settings: Settings = {
    ...current,
    ...saved,
    haggling: { ...current.haggling, ...saved.haggling },
    economics: { ...current.economics, ...saved.economics },
  };
  const dropped: string[] = [];
  for (const key of Object.keys(limits) as NumericSetting[]) {
    const seen: unknown = valueOf(settings, key);
    if (typeof seen === 'number' && isValid(key, seen)) continue;
    dropped.push(`${key} = ${JSON.stringify(seen)}`);
    settings = withValue(settings, key, valueOf(current, key));
  }
  if (!floors.has(settings.floor)) {
    dropped.push(`floor = ${JSON.stringify(settings.floor)}`);
    settings = { ...settings, floor: current.floor };
  }
  const restored: KeptSettings = { settings, baseline: kept.baseline };
  if (kept.scenario !== undefined) {
    const scenario = keptScenario(kept.scenario);
    if (scenario) restored.scenario = scenario;
    else dropped.push(`scenario = ${JSON.stringify(kept.scenario?.name ?? null)}`);
  }
  if ((currencies as readonly unknown[]).includes(kept.currency)) restored.currency = kept.currency;
  else if (kept.currency !== undefined) dropped.push(`currency = ${JSON.stringify(kept.currency)}`);
  return { kept: restored, dropped };
}

/**
 * A kept scenario checked as a file is, else null. One that lists its own reps is not kept
 * (see keepSettingsOnChange), so one that does was edited by hand.
 */
function keptScenario(value: unknown): Scenario | null {
  const parsed = parseScenario(value, 'kept settings');
  return parsed.ok && parsed.scenario.data.source !== 'reps' ? parsed.scenario : null;
}

/** The one store of the app, shared by the session and the data panel. */
export const savedData = new SavedData();

/**
 * Keeps the settings a moment after each change, for as long as the page lives; a change not
 * yet kept when the page is hidden or left is written at once (see PENDING_SETTINGS_KEY).
 */
export function keepSettingsOnChange(source: SettingsSource): () => void {
  let waiting: KeptSettings | null = null;
  const flush = () => {
    if (waiting === null) return;
    const at = Date.now();
    writePending(waiting, at);
    void savedData.keepSettings(waiting, at);
    waiting = null;
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };

  const stop = $effect.root(() => {
    $effect(() => {
      // Known gap: a scenario that lists its own reps is not kept, as which data it ran on is
      // not kept either, and neither are the settings it brought (else a reload would run the
      // sample on that file's seed and trials); a reload goes back to the settings kept before.
      if (source.scenario?.data.source === 'reps') return;
      const kept: KeptSettings = {
        settings: $state.snapshot(source.settings),
        baseline: source.baseline,
        currency: source.historyUnit,
        scenario: source.scenario ?? undefined,
      };
      waiting = kept;
      const timer = setTimeout(() => {
        waiting = null;
        void savedData.keepSettings(kept, Date.now());
      }, SETTINGS_DELAY_MS);
      return () => clearTimeout(timer);
    });
  });

  globalThis.addEventListener?.('pagehide', flush);
  globalThis.document?.addEventListener('visibilitychange', onHide);
  return () => {
    stop();
    globalThis.removeEventListener?.('pagehide', flush);
    globalThis.document?.removeEventListener('visibilitychange', onHide);
  };
}

/** Typing in a field changes the settings at every key: keep them once it pauses. */
const SETTINGS_DELAY_MS = 300;

interface Pending {
  kept: unknown;
  at: number;
}

function readPending(): Pending | null {
  try {
    const text = globalThis.localStorage?.getItem(PENDING_SETTINGS_KEY);
    const value: unknown = text ? JSON.parse(text) : null;
    if (typeof value !== 'object' || value === null) return null;
    const { kept, at } = value as Partial<Pending>;
    return typeof at === 'number' ? { kept, at } : null;
  } catch {
    return null;
  }
}

function writePending(kept: KeptSettings, at: number): void {
  try {
    globalThis.localStorage?.setItem(PENDING_SETTINGS_KEY, JSON.stringify({ kept, at }));
  } catch {
    // Blocked or full: the store's own write still runs, and its failure is reported.
  }
}

/** Forgets the pending copy once the store holds settings taken at `at` or later. */
function removePending(at: number): void {
  const pending = readPending();
  if (pending === null || pending.at > at) return;
  try {
    globalThis.localStorage?.removeItem(PENDING_SETTINGS_KEY);
  } catch {
    // Nothing to forget where storage is blocked.
  }
}
