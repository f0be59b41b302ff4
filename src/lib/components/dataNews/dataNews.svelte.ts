import { note, say, type ImportMessage } from '$lib/data/importMessages';
import type { DataNews } from '$lib/state/dataChannel';
import { followOtherTab, rereadImportedCurrency } from '$lib/state/importedCurrency';
import { savedData } from '$lib/state/savedData.svelte';
import { carryDrafts, draftsOrigin } from '$lib/state/schemeDrafts';
import { session } from '$lib/state/session.svelte';
import { messageOf } from '$lib/state/stages';
import { tuning } from '$lib/state/tuning.svelte';
import { behaviourRun } from '../behaviour/screenRun';
import { typicalRep } from '../schemes/typicalRep';

/**
 * Where the news stands here: offered (the button loads it), being loaded, loaded, or not
 * loadable (the other tab could not keep its file; a later import or Forget replaced it; it
 * failed here); `cleared` is news of a Forget, which changes no data.
 */
export type NewsState =
  'offered' | 'loading' | 'loaded' | 'notKept' | 'gone' | 'failed' | 'cleared';

/**
 * What this tab does when another tab changes the data (dataChannel.ts). An idle tab loads the
 * new data at once and says so: the store keeps one history for the browser, and a tab left on
 * the old one shows figures its user has replaced. A file imported there is the kept file a
 * reload loads too; the sample chosen there is not kept, so a reload of either tab brings back
 * the file still kept, which the notice says (keptFileNote). A tab with a run
 * in progress (the comparison, an import, a sweep, a rep's pay, a behaviour run) is left to
 * finish it and offers the data instead, to load with a press once the run is over, so that no
 * result it waits for is thrown away or replaced the moment it arrives. Schemes edits not yet
 * sent go on to the new data, either way (carryDrafts).
 */
export class DataNewsNotice {
  news = $state.raw<DataNews | null>(null);
  state = $state<NewsState>('offered');
  /** Why it failed here: the import's message, or the error's own words (see newsText). */
  failure = $state.raw<ImportMessage | string>('');

  /** A run holds this tab, so loading other data now would stop or overtake it. */
  get runInProgress(): boolean {
    return (
      session.busy ||
      tuning.state === 'running' ||
      tuning.perRepBusy ||
      behaviourRun.state === 'running'
    );
  }

  /** Whether the notice has something to say: offered news this tab shows already has not. */
  get visible(): boolean {
    const news = this.news;
    return news !== null && !(this.state === 'offered' && showsAlready(news));
  }

  receive(news: DataNews): void {
    if (news.kind === 'cleared') {
      savedData.forgottenElsewhere();
      [this.news, this.state] = [news, 'cleared'];
      return;
    }
    if (showsAlready(news)) return;
    this.news = news;
    if (news.kind === 'import' && news.savedAt === null) {
      this.state = 'notKept';
      return;
    }
    this.state = 'offered';
    if (!this.runInProgress) void this.load();
  }

  /** Loads the news's data: the file the browser keeps, or the sample. */
  async load(): Promise<void> {
    const news = this.news;
    if (news === null || news.kind === 'cleared') return;
    if (this.state !== 'offered' || this.runInProgress) return;
    this.state = 'loading';
    const before = schemesOrigin();
    let state: NewsState;
    try {
      // The currency the other tab's import set is recorded for the browser, not this page.
      rereadImportedCurrency();
      state = news.kind === 'sample' ? await loadSample() : await loadKept(news.savedAt);
      // The figures are labelled as the other tab labels them (see DataNews).
      if (state === 'loaded') followOtherTab(session.dataset?.source ?? null, news.currency);
    } catch (error) {
      const refused = error instanceof ImportRefused ? error.refusal : null;
      [state, this.failure] = ['failed', refused ?? messageOf(error)];
    }
    carryDrafts(before, schemesOrigin());
    // Newer news came meanwhile: it has the notice now.
    if (this.news === news) this.state = state;
  }

  dismiss(): void {
    this.news = null;
  }
}

/** Whether this tab shows the news's data already (loaded at its start, or chosen here). */
function showsAlready(news: DataNews): boolean {
  const source = session.dataset?.source;
  if (news.kind === 'sample') return source === null;
  if (news.kind === 'import') return source === news.fileName && savedData.savedAt === news.savedAt;
  return false;
}

async function loadSample(): Promise<NewsState> {
  await session.useSample();
  return session.dataset?.source === null ? 'loaded' : 'offered';
}

/** The kept file, if it is still the import the news was about (same stamp). */
async function loadKept(savedAt: string | null): Promise<NewsState> {
  const saved = await savedData.restoreImport();
  if (saved === null || saved.savedAt !== savedAt) return 'gone';
  const outcome = await session.importCsv(saved.fileName, saved.bytes, saved.options);
  if (outcome.status === 'failed') {
    throw new ImportRefused(
      outcome.errors[0] ?? note('readFailed', { file: saved.fileName, reason: 'refused' }),
    );
  }
  // Overtaken here (another load or a Cancel): the data are still to load.
  return outcome.status === 'loaded' ? 'loaded' : 'offered';
}

/** The kept file refused here: its first message says why. */
class ImportRefused extends Error {
  constructor(readonly refusal: ImportMessage) {
    super(say(refusal));
  }
}

/** What the Schemes screen's drafts are started from now (SchemesScreen.svelte). */
function schemesOrigin(): string {
  return draftsOrigin(session.scenario?.schemes ?? [], typicalRep(session.reps ?? []));
}

/** One for the page: every screen shows it. */
export const dataNews = new DataNewsNotice();
