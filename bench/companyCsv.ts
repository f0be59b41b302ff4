import { standardNormal, trialStream } from '../src/lib/engine';

/**
 * A seeded sales history of `reps` reps over `months` months in the layout of the built-in
 * sample (rep,month,sales,target), for the browser benchmark's 1,000-rep company. Rep r sells
 * about 100,000·(1 + (r mod 50)/50) a month with a log-volatility of 0.1 to 0.4, and its
 * target is last year's level plus 5%.
 */
export function companyCsv(reps: number, months: number, seed = 1): string {
  const rows = ['rep,month,sales,target'];
  for (let r = 0; r < reps; r++) {
    const rng = trialStream(seed, r);
    const level = 100_000 * (1 + (r % 50) / 50);
    const sigma = 0.1 + (0.3 * (r % 7)) / 6;
    for (let m = 0; m < months; m++) {
      const sales = level * Math.exp(sigma * standardNormal(rng) - 0.5 * sigma * sigma);
      rows.push(`Rep ${r + 1},${monthOf(m)},${Math.round(sales)},${Math.round(1.05 * level)}`);
    }
  }
  return `${rows.join('\n')}\n`;
}

/** Month m after January 2023 as YYYY-MM. */
function monthOf(m: number): string {
  const year = 2023 + Math.floor(m / 12);
  return `${year}-${String((m % 12) + 1).padStart(2, '0')}`;
}
