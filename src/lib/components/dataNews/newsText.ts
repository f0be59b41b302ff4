import type { StoreKind } from '$lib/data/persistStore';
import { counted, t } from '$lib/i18n/i18n.svelte';
import type { DataNews } from '$lib/state/dataChannel';
import type { ImportMessage } from '$lib/data/importMessages';
import { importText } from '../import/importText';
import type { NewsState } from './dataNews.svelte';

/**
 * The notice's words: what changed in the other tab, then what it means here. A failure to load
 * it here comes as the data layer's English line (the command line prints the same), worded
 * only when shown, so that it reads in the page's language and follows a change of language.
 */
export function newsText(
  news: DataNews,
  state: NewsState,
  busy: boolean,
  failure: ImportMessage | string,
): string {
  if (news.kind === 'cleared') return t('news.cleared');
  const here =
    state === 'offered'
      ? t(busy ? 'news.busy' : 'news.offered')
      : state === 'failed'
        ? t('news.failed', {
            message: typeof failure === 'string' ? failure : importText(failure),
          })
        : state === 'cleared'
          ? ''
          : t(`news.${state}`);
  const reps = counted('reps', news.reps);
  return news.kind === 'sample'
    ? t('news.sample', { reps, here })
    : t('news.import', { file: news.fileName, reps, here });
}

/**
 * The built-in sample chosen in another tab is not kept: a reload of any tab, that one's
 * included, loads the file the browser keeps instead (session.start). So news of the sample,
 * while a file is kept, says that file comes back; else nothing ('').
 */
export function keptFileNote(
  news: DataNews,
  keptFile: string | null,
  store: StoreKind | null,
): string {
  if (news.kind !== 'sample' || keptFile === null) return '';
  const where = t(store === 'indexeddb' ? 'saved.where.indexeddb' : 'saved.where.opfs');
  return t('saved.file', { file: keptFile, where });
}
