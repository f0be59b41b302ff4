import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/lib/engine/scenario';
import { DEFAULT_HAGGLING } from '../../../src/lib/engine/constants';
import {
  applySettings,
  liveSettings,
  settingsFrom,
  type Settings,
} from '../../../src/lib/state/settings';

const names = readdirSync('scenarios').filter((name) => name.endsWith('.json'));

function schemesOf(name: string) {
  const parsed = parseScenario(readFileSync(`scenarios/${name}`, 'utf8'), name);
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.scenario.schemes;
}

/** True when the changed settings run different schemes than the scenario's own. */
function acts(name: string, change: (s: Settings) => Settings): boolean {
  const schemes = schemesOf(name);
  const own = settingsFrom({ schemes, seed: 1, trials: 100 }, DEFAULT_HAGGLING);
  const before = JSON.stringify(applySettings(schemes, own));
  return JSON.stringify(applySettings(schemes, change(own))) !== before;
}

describe('liveSettings', () => {
  it.each(names)('liveSettings marks live exactly the settings that change %s', (name) => {
    const live = liveSettings(schemesOf(name));
    const rate = acts(name, (s) => ({ ...s, rate: s.rate * 2 }));
    const floor = acts(name, (s) => ({ ...s, floor: s.floor === 'deduct' ? 'none' : 'deduct' }));
    const power = (p: number) => (p > 0.5 ? 0.1 : 0.9);
    const haggling = acts(name, (s) => ({
      ...s,
      haggling: { ...s.haggling, bossPower: power(s.haggling.bossPower) },
    }));
    expect({ rate, floor, haggling }).toEqual({
      rate: live.selfSet,
      floor: live.selfSet,
      haggling: live.haggling,
    });
  });

  it('liveSettings finds no live scheme setting in a scenario of letters only', () => {
    expect(liveSettings(schemesOf('condiment-2010.json'))).toEqual({
      selfSet: false,
      haggling: false,
    });
  });
});
