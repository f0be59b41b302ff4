import { afterAll, describe, expect, it } from 'vitest';
import { announce, listen, readNews, type DataNews } from '../../../src/lib/state/dataChannel';

/** Another tab of the app: its own channel of the same name. */
const otherTab = new BroadcastChannel('incentive-lab.data');
afterAll(() => otherTab.close());

const imported: DataNews = {
  kind: 'import',
  fileName: 'sales.csv',
  reps: 30,
  savedAt: 'T1',
  currency: 'USD',
};
const sample: DataNews = { kind: 'sample', reps: 30, currency: 'CNY' };

function nextMessage(channel: BroadcastChannel): Promise<unknown> {
  return new Promise((done) => {
    channel.addEventListener('message', (event) => done(event.data), { once: true });
  });
}

describe('dataChannel', () => {
  it('readNews takes the three kinds of news as the app posts them', () => {
    expect(readNews(imported)).toEqual(imported);
    expect(readNews({ ...imported, savedAt: null })).toEqual({ ...imported, savedAt: null });
    expect(readNews(sample)).toEqual(sample);
    expect(readNews({ kind: 'cleared' })).toEqual({ kind: 'cleared' });
  });

  it('readNews refuses anything else another page of the origin might post', () => {
    const refused = [
      null,
      'import',
      { ...imported, fileName: '' },
      { ...imported, reps: -1 },
      { ...imported, reps: 2.5 },
      { ...imported, savedAt: undefined },
      { ...imported, fileName: 7 },
      // Without the unit the data are shown in, or with one the app does not know.
      { ...imported, currency: undefined },
      { ...imported, currency: 'GBP' },
      { ...sample, currency: undefined },
      { kind: 'sample', currency: 'CNY' },
      { kind: 'reload', reps: 3 },
    ];
    for (const value of refused) expect(readNews(value), JSON.stringify(value)).toBeNull();
  });

  it('announce reaches another tab, and listen hears the well-formed news of another', async () => {
    const heard = nextMessage(otherTab);
    announce(imported);
    await expect(heard).resolves.toEqual(imported);

    const received: DataNews[] = [];
    const arrived = new Promise<void>((done) => {
      const stop = listen((news) => {
        received.push(news);
        stop();
        done();
      });
    });
    // A malformed message is dropped; the well-formed one after it is heard.
    otherTab.postMessage({ kind: 'bogus' });
    otherTab.postMessage({ ...sample, reps: 12 });
    await arrived;
    expect(received).toEqual([{ ...sample, reps: 12 }]);
  });
});
