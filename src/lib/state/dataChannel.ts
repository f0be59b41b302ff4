import { currencies, type Currency } from '../i18n/format';

/**
 * What a tab's user did to the data, told to the app's other open tabs through a
 * BroadcastChannel (same origin; nothing leaves the browser): a file imported, the built-in
 * sample chosen again, or the kept data forgotten. Without it another tab kept showing the old
 * data and found out only when it looked at the store (components/import/keptElsewhere.ts).
 * Only user actions are told, never a load a message caused, so tabs cannot echo each other.
 * News of new data carries the unit the telling tab shows them in: the unit is only a label on
 * the figures, and a tab that worked it out for itself could label one file's yuan as the
 * previous file's dollars.
 */
export type DataNews =
  | {
      kind: 'import';
      fileName: string;
      reps: number;
      /** When the browser kept it (the store's stamp); null when it could not be kept. */
      savedAt: string | null;
      currency: Currency;
    }
  | { kind: 'sample'; reps: number; currency: Currency }
  | { kind: 'cleared' };

const CHANNEL = 'incentive-lab.data';

/** One channel per page: a message posted on it is not delivered back to it. */
let channel: BroadcastChannel | null | undefined;

function open(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  }
  return channel;
}

/** Tells the other tabs; a browser without BroadcastChannel tells no one. */
export function announce(news: DataNews): void {
  open()?.postMessage(news);
}

/** Calls `handler` with each well-formed message of another tab; returns the way to stop. */
export function listen(handler: (news: DataNews) => void): () => void {
  const ch = open();
  if (ch === null) return () => {};
  const onMessage = (event: MessageEvent) => {
    const news = readNews(event.data);
    if (news !== null) handler(news);
  };
  ch.addEventListener('message', onMessage);
  return () => ch.removeEventListener('message', onMessage);
}

/**
 * The message as news, or null. Any page of the origin may post on the channel (another build
 * of the app among them), so nothing is taken on trust. Known gap: news of data from an earlier
 * build, which sent no unit, is refused, so a change made in such a tab is not heard here.
 */
export function readNews(value: unknown): DataNews | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.kind === 'cleared') return { kind: 'cleared' };
  const reps = typeof v.reps === 'number' && Number.isInteger(v.reps) && v.reps >= 0;
  if (!reps || !(currencies as readonly unknown[]).includes(v.currency)) return null;
  const { currency } = v as { currency: Currency };
  if (v.kind === 'sample') return { kind: 'sample', reps: v.reps as number, currency };
  const named = typeof v.fileName === 'string' && v.fileName.length > 0;
  const stamped = typeof v.savedAt === 'string' || v.savedAt === null;
  if (v.kind === 'import' && named && stamped) {
    const { fileName, savedAt } = v as { fileName: string; savedAt: string | null };
    return { kind: 'import', fileName, reps: v.reps as number, savedAt, currency };
  }
  return null;
}
