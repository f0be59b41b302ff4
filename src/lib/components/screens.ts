import { resolve } from '$app/paths';
import type { MessageKey } from '$lib/i18n/i18n.svelte';

/**
 * The app's screens in the header's order. Executives compare, HR tunes, reps train; schemes
 * and behaviour shape what is compared.
 */
export const screens: readonly { label: MessageKey; href: string }[] = [
  { label: 'nav.compare', href: resolve('/') },
  { label: 'nav.tune', href: resolve('/tune') },
  { label: 'nav.train', href: resolve('/train') },
  { label: 'nav.schemes', href: resolve('/schemes') },
  { label: 'nav.behaviour', href: resolve('/behaviour') },
];
