import { mulberry32, normalFrom } from './random';

export const SAMPLE_SEED = 20_251_231;

/** The sample spans 2023-01 .. 2025-12. */
export const SAMPLE_START_YEAR = 2023;
export const SAMPLE_MONTHS = 36;

/** Quarterly factors of the sample (Q1..Q4, mean 1): a slow first quarter, a strong last. */
export const SAMPLE_SEASON = [0.88, 1.0, 0.94, 1.18];

const names = [
  'Alice Martin',
  'Ben Okafor',
  'Carla Ruiz',
  'David Chen',
  'Emma Schulz',
  'Farid Haddad',
  'Grace Kim',
  'Hugo Lambert',
  'Isabel Costa',
  "James O'Neill",
  'Kavya Iyer',
  'Liam Walsh',
  'Maya Cohen',
  'Nikolai Petrov',
  'Olivia Brown',
  'Pedro Alves',
  'Quinn Taylor',
  'Rosa Jiménez',
  'Samuel Mensah',
  'Tara Singh',
  'Umar Farouk',
  'Victoria Lind',
  'William Park',
  '王芳',
  '李伟',
  '张敏',
  '刘洋',
  '陈静',
  '杨磊',
  '赵丽',
];

/** Month index (0 = 2023-01) at which the late joiners start; the others start at 0. */
const lateStarts: Record<string, number> = {
  'Umar Farouk': 28,
  刘洋: 31,
  'Quinn Taylor': 33,
  赵丽: 34,
};

/** What the generator drew for one rep: the answers calibration should recover. */
export interface SampleRep {
  name: string;
  /** Expected monthly sales at the middle of the sample (before season). */
  level: number;
  sigma: number;
  /** Log growth per year. */
  growth: number;
  /** Month index of the first row. */
  start: number;
}

export interface Sample {
  csv: string;
  reps: SampleRep[];
}

/**
 * A seeded history of monthly sales and haggled targets: levels spread lognormally, month-to-
 * month CV 0.1–0.3, common quarterly seasonality, mild trends, four late joiners. Sales are
 * lognormal around level × season × exp(growth · years from mid-sample). Targets are the rep's
 * own expectation haggled down by 5–15 % with 8 % noise, rounded to hundreds.
 */
export function makeSample(seed = SAMPLE_SEED): Sample {
  const uniform = mulberry32(seed);
  const normal = normalFrom(uniform);
  const lines = ['rep,month,sales,target'];

  const reps = names.map((name) => {
    const cv = 0.1 + 0.2 * uniform();
    return {
      name,
      level: Math.round(60_000 * Math.exp(0.5 * normal())),
      sigma: Math.sqrt(Math.log(1 + cv * cv)),
      growth: 0.03 + 0.04 * normal(),
      start: lateStarts[name] ?? 0,
    };
  });

  for (const rep of reps) {
    const haggle = 0.05 + 0.1 * uniform();
    for (let m = rep.start; m < SAMPLE_MONTHS; m++) {
      const season = SAMPLE_SEASON[Math.floor((m % 12) / 3)];
      const expected = rep.level * season * Math.exp((rep.growth * (m - 17.5)) / 12);
      const sales = expected * Math.exp(rep.sigma * normal() - rep.sigma ** 2 / 2);
      const target = expected * Math.exp(-haggle + 0.08 * normal());
      lines.push(
        [csvField(rep.name), monthLabel(m), Math.round(sales), Math.round(target / 100) * 100].join(
          ',',
        ),
      );
    }
  }

  return { csv: lines.join('\n') + '\n', reps };
}

function monthLabel(m: number): string {
  const year = SAMPLE_START_YEAR + Math.floor(m / 12);
  return `${year}-${String((m % 12) + 1).padStart(2, '0')}`;
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
