import type { MessageKey } from '$lib/i18n/i18n.svelte';
import type { Limit, NumericSetting } from '$lib/state/settings';

/** One numeric field of a settings panel, bound to `values[key]` by NumberFields. */
export interface NumberSpec<K extends string> {
  key: K;
  label: MessageKey;
  help: MessageKey;
  /** The setting whose limits apply; else `limit`, else none. */
  setting?: NumericSetting;
  limit?: Limit;
  /** A share typed as a percentage: shown ×100 with a % sign. */
  percent?: boolean;
  step?: number;
}
