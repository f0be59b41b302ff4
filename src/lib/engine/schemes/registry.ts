import type { Scheme } from '../types';
import { bonusGridModule } from './bonusGridModule';
import { commissionPlanModule } from './commissionPlanModule';
import { condimentLetterModule } from './condimentLetterModule';
import { haggledQuotaModule } from './haggledQuotaModule';
import { linearMenuModule } from './linearMenuModule';
import type { SchemeModule } from './module';
import { pharmaLetterModule } from './pharmaLetterModule';
import { truthTellingModule } from './truthTellingModule';

type Modules = { [K in Scheme['kind']]: SchemeModule<Extract<Scheme, { kind: K }>> };

/** Every scheme kind's module; the engine dispatches on a scheme's kind through this table. */
const modules: Modules = {
  'truth-telling': truthTellingModule,
  'haggled-quota': haggledQuotaModule,
  'bonus-grid': bonusGridModule,
  'pharma-letter': pharmaLetterModule,
  'condiment-letter': condimentLetterModule,
  'commission-plan': commissionPlanModule,
  'linear-menu': linearMenuModule,
};

/** The kinds in the order editors list them. */
export const schemeKinds = Object.keys(modules) as Scheme['kind'][];

export function schemeModule(kind: Scheme['kind']): SchemeModule {
  return modules[kind] as SchemeModule;
}
