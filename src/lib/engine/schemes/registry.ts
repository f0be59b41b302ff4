import type { Scheme } from '../types';
import { haggledQuotaModule } from './haggledQuotaModule';
import type { SchemeModule } from './module';
import { truthTellingModule } from './truthTellingModule';

type Modules = { [K in Scheme['kind']]: SchemeModule<Extract<Scheme, { kind: K }>> };

/** Every scheme kind's module; the engine dispatches on a scheme's kind through this table. */
const modules: Modules = {
  'truth-telling': truthTellingModule,
  'haggled-quota': haggledQuotaModule,
};

export function schemeModule(kind: Scheme['kind']): SchemeModule {
  return modules[kind] as SchemeModule;
}
