import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parameterKind, parameterLimit } from '../../../../src/lib/components/tune/parameterFormat';
import { parseScenario } from '../../../../src/lib/engine/scenario';
import { parameterUnit, sweepParameters } from '../../../../src/lib/engine/sweep';
import type { Scheme } from '../../../../src/lib/engine/types';
import { enTune } from '../../../../src/lib/i18n/en/tune';
import { zhTune } from '../../../../src/lib/i18n/zh-CN/tune';
import { checkSweep, defaultRange } from '../../../../src/lib/state/tuning.svelte';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json'));

function schemesOf(file: string): Scheme[] {
  const path = `scenarios/${file}`;
  const result = parseScenario(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario.schemes;
}

const shipped = files.flatMap((file) => schemesOf(file).map((scheme) => ({ file, scheme })));

/** Tune on a shipped letter once offered engine field names and ran a money total as %. */
describe('sweep parameters of the shipped scenarios', () => {
  it('the shipped scenarios hold the two letters the verifier opened', () => {
    const kinds = shipped.map(({ scheme }) => scheme.kind);
    expect(kinds).toEqual(expect.arrayContaining(['pharma-letter', 'condiment-letter']));
  });

  for (const { file, scheme } of shipped) {
    const offered = sweepParameters(scheme);

    it(`every parameter of ${file} › ${scheme.id} is named in English and Chinese`, () => {
      for (const parameter of offered) {
        const key = `param.${parameter}` as keyof typeof enTune;
        expect(enTune[key], parameter).toBeTypeOf('string');
        expect(zhTune[key], parameter).toMatch(/[\u4e00-\u9fff]/);
      }
    });

    it(`the default range of each parameter of ${file} › ${scheme.id} can be run`, () => {
      for (const parameter of offered) {
        const [from, to] = defaultRange(scheme, parameter);
        const points = parameterUnit(parameter) === 'count' ? to - from + 1 : 10;
        const refusal = checkSweep(
          scheme,
          parameter,
          [from, to, points],
          parameterLimit(parameter),
        );
        expect(refusal, `${parameter} from ${from} to ${to}`).toBeNull();
      }
    });
  }

  it('a letter offers what changes its pay, not the totals and counts that only describe it', () => {
    const pharma = shipped.find(({ scheme }) => scheme.kind === 'pharma-letter')!.scheme;
    const condiment = shipped.find(({ scheme }) => scheme.kind === 'condiment-letter')!.scheme;
    expect(sweepParameters(pharma)[0]).toBe('excessRate');
    expect(sweepParameters(condiment)[0]).toBe('settleEvery');
    for (const parameter of [
      'statedTotal',
      'periodsPerYear',
      'review.periods',
      'receivables.sigma',
    ]) {
      expect(sweepParameters(pharma)).not.toContain(parameter);
    }
    expect(sweepParameters(condiment)).not.toContain('demotion.periods');
  });

  it('a money parameter reads as money and a count as a count, not as a percentage', () => {
    expect(parameterKind('expenseBudget')).toBe('money');
    expect(parameterKind('settleEvery')).toBe('count');
    expect(parameterLimit('settleEvery').integer).toBe(true);
    expect(parameterKind('excessRate')).toBe('percent');
  });
});
