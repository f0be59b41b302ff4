import { parameterValue } from '$lib/engine/sweep';
import { fmt, t } from '$lib/i18n/i18n.svelte';
import type { SweepRefusal } from '$lib/state/tuning.svelte';
import { parameterKind, parameterLabel } from './parameterFormat';

/**
 * Why a sweep cannot run, in the current language; null where the field itself already says
 * it (a From, To or Grid points out of its limits turns that field red with its range).
 */
export function refusalText(refusal: SweepRefusal, parameter: string): string | null {
  switch (refusal.reason) {
    case 'from':
    case 'to':
    case 'points':
      return null;
    case 'order':
      return t('tune.badRange');
    case 'noParameter':
      // The status line says it; the picker is empty.
      return null;
    case 'zeroRate':
      return t('tune.refused.zeroRate');
    case 'scheme': {
      const { scheme, value, problem } = refusal;
      const at = {
        parameter: parameterLabel(parameter),
        value: fmt(value, parameterKind(parameter)),
      };
      // The engine names fields by their paths (alpha, beta): the page names them in words.
      // Its rates must keep their order, which is worth saying; any other field is its own.
      const ordered = ['alpha', 'beta', 'gamma'].includes(problem.path);
      if (!ordered) return t('tune.refused.other', at);
      const field = parameterLabel(problem.path);
      const seen = fmt(parameterValue(scheme, problem.path), parameterKind(problem.path));
      return t('tune.refused.rates', { ...at, field, seen });
    }
  }
}
