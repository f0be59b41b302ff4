import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_BEHAVIOUR } from '../../../../src/lib/engine/behaviour/constants';
import type { BehaviourSettings } from '../../../../src/lib/engine/behaviour/types';
import { parseScenario } from '../../../../src/lib/engine/scenario';
import { DEFAULT_ECONOMICS } from '../../../../src/lib/engine/sweep';
import { readShareFragment, shareFragment } from '../../../../src/lib/state/shareLink';
import type { ScenarioFile } from '../../../../src/lib/state/scenarioFile';
import { limits, type Limit } from '../../../../src/lib/state/settings';

// Validity needs no worker; the pool is mocked so that nothing starts one.
vi.mock('../../../../src/lib/workers', () => ({ planAndRun: () => undefined }));

const { behaviourValid } =
  await import('../../../../src/lib/components/behaviour/behaviourRun.svelte');
const { fieldLimits, fieldsOutOfRange, limitEntries } =
  await import('../../../../src/lib/components/behaviour/fieldLimits');
const panel = await import('../../../../src/lib/components/behaviour/panelFields');

/** The defaults with `path` set to `value`; a risk field brings the risk kind that has it. */
function withValue(path: string, value: number): BehaviourSettings {
  const settings = structuredClone(DEFAULT_BEHAVIOUR) as BehaviourSettings;
  const [group, key] = path.split('.');
  if (key === undefined) return { ...settings, [group]: value };
  if (group === 'risk') {
    settings.risk = key === 'a' ? { kind: 'cara', a: 2 } : { kind: 'crra', rho: 2, wealth: 1 };
  }
  (settings[group as keyof BehaviourSettings] as unknown as Record<string, number>)[key] = value;
  return settings;
}

/** Values just inside and outside a limit, as a user could type them. */
function valuesOf({ min, max, integer }: Limit) {
  const step = integer ? 1 : (max - min) / 100;
  return {
    inside: [min, max, integer ? min + 1 : (min + max) / 2],
    outside: [
      min - step,
      max + step,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      ...(integer ? [min + 0.5] : []),
    ],
  };
}

const base = {
  name: 'limits',
  seed: 1,
  trials: 100,
  data: { source: 'reps', reps: [{ id: 'a', mean: [100, 120], sigma: 0.2 }] },
  schemes: [{ kind: 'self-set', id: 'essay', rate: 0.05 }],
};

/** What a scenario file and a share link say of these settings: the problems' lines. */
function fileErrors(settings: BehaviourSettings): string[] {
  const parsed = parseScenario({ ...base, behaviour: settings }, 'f.json');
  return parsed.ok ? [] : parsed.errors;
}

function linkOk(settings: BehaviourSettings): boolean {
  const file = { ...base, behaviour: settings } as unknown as ScenarioFile;
  const extras = { economics: DEFAULT_ECONOMICS, currency: 'CNY' } as const;
  return readShareFragment(shareFragment(file, extras)).status === 'ok';
}

/** Every number of the settings by path, the risk numbers of each kind included. */
function numericPaths(): string[] {
  const kinds = [
    DEFAULT_BEHAVIOUR.risk,
    { kind: 'cara', a: 2 },
    { kind: 'crra', rho: 2, wealth: 1 },
  ];
  const groups = { ...DEFAULT_BEHAVIOUR, risk: Object.assign({}, ...kinds) as object };
  return Object.entries(groups).flatMap(([group, value]) =>
    typeof value === 'number'
      ? [group]
      : Object.entries(value as object)
          .filter(([, x]) => typeof x === 'number')
          .map(([key]) => `${group}.${key}`),
  );
}

describe('the behaviour panel’s limits', () => {
  it('give every number of the settings a limit, so a new field cannot go unchecked', () => {
    expect(limitEntries().map(([path]) => path)).toEqual(expect.arrayContaining(numericPaths()));
    expect(limitEntries()).toHaveLength(numericPaths().length);
  });

  it('are the limits every panel field shows in red', () => {
    const fields = [
      ...panel.naiveField,
      ...panel.beliefFields.map((f) => ({ ...f, key: `belief.${f.key}` })),
      ...panel.effortFields.map((f) => ({ ...f, key: `effort.${f.key}` })),
      ...panel.hagglingFields.map((f) => ({ ...f, key: `haggling.${f.key}` })),
      ...panel.timingFields.map((f) => ({ ...f, key: `timing.${f.key}` })),
      ...panel.ratchetFields.map((f) => ({ ...f, key: `ratchet.${f.key}` })),
    ];
    const table = new Map(limitEntries());
    for (const field of fields) expect(field.limit, field.key).toBe(table.get(field.key));
    // The company's fields are Compare's: they take its limits, which are the file's ranges.
    for (const field of panel.companyFields) {
      const limit = field.setting ? limits[field.setting] : field.limit;
      expect(limit, field.key).toEqual(table.get(`company.${field.key}`));
    }
    // The risk fields show only under their kind; BehaviourPanel passes them one by one.
    expect(table.get('risk.a')).toBe(fieldLimits.risk.a);
  });

  it('hold the defaults', () => {
    expect(fieldsOutOfRange(DEFAULT_BEHAVIOUR as BehaviourSettings)).toEqual([]);
    expect(behaviourValid(DEFAULT_BEHAVIOUR as BehaviourSettings)).toBe(true);
  });

  for (const [path, limit] of limitEntries()) {
    const { inside, outside } = valuesOf(limit);

    it(`let ${path} run, and a file or link carry it, from ${limit.min} to ${limit.max}`, () => {
      for (const value of inside) {
        const settings = withValue(path, value);
        expect(fieldsOutOfRange(settings), `${path} = ${value}`).toEqual([]);
        expect(behaviourValid(settings), `${path} = ${value}`).toBe(true);
        expect(fileErrors(settings), `${path} = ${value}`).toEqual([]);
        expect(linkOk(settings), `${path} = ${value}`).toBe(true);
      }
    });

    it(`stop a run with ${path} out of range, and a file or link refuses it too`, () => {
      for (const value of outside) {
        const settings = withValue(path, value);
        expect(fieldsOutOfRange(settings), `${path} = ${value}`).toEqual([path]);
        expect(behaviourValid(settings), `${path} = ${value}`).toBe(false);
        // JSON writes NaN and Infinity as null, which a file refuses as no number.
        const errors = fileErrors(settings);
        expect(errors, `${path} = ${value}`).toHaveLength(1);
        expect(errors[0], `${path} = ${value}`).toMatch(`f.json: behaviour.${path}: expected`);
        expect(linkOk(settings), `${path} = ${value}`).toBe(false);
      }
    });
  }

  it('say the range a file’s value is out of', () => {
    expect(fileErrors(withValue('haggling.cost', 1.5))).toEqual([
      'f.json: behaviour.haggling.cost: expected a number from 0 to 1, saw 1.5',
    ]);
    expect(fileErrors(withValue('belief.bias', -1.5))).toEqual([
      'f.json: behaviour.belief.bias: expected a number from -1 to 1, saw -1.5',
    ]);
  });

  it('skip the risk fields of the kinds not chosen', () => {
    const settings = withValue('risk.a', 2);
    expect(Object.keys(settings.risk)).toEqual(['kind', 'a']);
    expect(fieldsOutOfRange(settings)).toEqual([]);
  });
});
