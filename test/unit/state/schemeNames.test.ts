import { describe, expect, it } from 'vitest';
import { schemeNames } from '../../../src/lib/state/schemeNames';

const nameOfKind = (kind: string) => (kind === 'truth-telling' ? 'Self-set' : 'Quota');

describe('schemeNames', () => {
  it('schemeNames uses the name of the kind when each kind appears once', () => {
    const names = schemeNames(
      [
        { kind: 'truth-telling', label: 'essay' },
        { kind: 'haggled-quota', label: 'pharma' },
      ],
      nameOfKind,
    );
    expect(names).toEqual(['Self-set', 'Quota']);
  });

  it('schemeNames adds the scenario label to tell two schemes of a kind apart', () => {
    const names = schemeNames(
      [
        { kind: 'truth-telling', label: 'floor 0' },
        { kind: 'truth-telling', label: 'no floor' },
        { kind: 'haggled-quota', label: 'pharma' },
      ],
      nameOfKind,
    );
    expect(names).toEqual(['Self-set · floor 0', 'Self-set · no floor', 'Quota']);
  });

  it('schemeNames shows a label that already names the kind as it is, not twice', () => {
    const names = schemeNames(
      [
        { kind: 'truth-telling', label: 'Self-set' },
        { kind: 'truth-telling', label: 'Self-set 2' },
      ],
      nameOfKind,
    );
    expect(names).toEqual(['Self-set', 'Self-set 2']);
  });
});
