import { fmt, isMessageKey, problemWithPath, t } from '$lib/i18n/i18n.svelte';
import type { LinkError } from '$lib/state/shareLink';
import { economicsFields } from './exec/economicsFields';

const percentFields = new Set<string>(economicsFields.filter((f) => f.percent).map((f) => f.key));

/**
 * A link's problem as the notice lists it. A link writes a share as a fraction (0.05), but the
 * page takes it as a percentage (5%): a share out of range is refused in percent, the way the
 * field reads, with the link's own text beside it.
 */
export function linkErrorText(error: LinkError): string {
  // The notice already says these come from the link, so the file name is not repeated.
  if ('problem' in error) return problemWithPath(error.problem);
  const { vars } = error;
  if (vars.field === undefined) return t(error.key, vars);

  // The link names an assumption by its parameter ('margin'); the reader knows it by its label.
  const label = `economics.${vars.field}`;
  const field = isMessageKey(label) ? `${t(label)} (${vars.field})` : vars.field;
  if (error.key !== 'link.badNumber' || !percentFields.has(vars.field)) {
    return t(error.key, { ...vars, field });
  }

  const share = Number(vars.seen);
  const seen = Number.isFinite(share)
    ? t('link.seenPercent', { percent: fmt(share, 'percentPrecise'), seen: vars.seen })
    : t('link.seenText', { seen: vars.seen });
  const min = fmt(Number(vars.min), 'percentPrecise');
  const max = fmt(Number(vars.max), 'percentPrecise');
  return t('link.badPercent', { field, min, max, seen });
}
