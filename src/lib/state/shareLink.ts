/**
 * A link that reopens a scenario: the scenario file itself, base64url-encoded in the URL's
 * fragment (never sent to any server), plus the economics and currency, each a plain number
 * or code. On the way back the scenario is checked as a file opened on the page is (the
 * engine's parseScenario, then settingsOnPage), and the extras against the settings' own limits.
 * The extras are optional: one missing from the link (absent, or present but empty) takes its
 * default, so a hand-made link needs only the scenario.
 */
import { parseScenario } from '../engine/scenario';
import type { Problem } from '../engine/schemes/schema/problem';
import { DEFAULT_ECONOMICS, type Economics } from '../engine/sweep';
import type { Scenario } from '../engine/types';
import { currencies, defaultCurrency, type Currency } from '../i18n/format';
import type { MessageKey } from '../i18n/en';
import type { ScenarioFile } from './scenarioFile';
import { isValid, limits } from './settings';
import { settingsOnPage } from './settingsOnPage';

export interface LinkExtras {
  economics: Economics;
  currency: Currency;
}

/** A problem with a link: the engine's problem with the scenario, or one of ours by key. */
export type LinkError = { problem: Problem } | { key: MessageKey; vars: Record<string, string> };

export type LinkResult =
  | { status: 'none' }
  | { status: 'ok'; scenario: Scenario; extras: LinkExtras; warnings: Problem[] }
  | { status: 'bad'; errors: LinkError[] };

/** Name the engine's messages give a scenario read from a link. */
export const LINK_FILE_NAME = 'link';

const economicsKeys: readonly (keyof Economics)[] = [
  'margin',
  'overCost',
  'underCost',
  'riskAversion',
];

/** The fragment (with its '#') that encodes a scenario file and the extras. */
export function shareFragment(file: ScenarioFile, extras: LinkExtras): string {
  const params = new URLSearchParams();
  params.set('scenario', toBase64Url(JSON.stringify(file)));
  for (const key of economicsKeys) params.set(key, String(extras.economics[key]));
  params.set('currency', extras.currency);
  return `#${params.toString()}`;
}

/** Reads a fragment; one without a scenario is no link at all ('none'). */
export function readShareFragment(fragment: string): LinkResult {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const encoded = params.get('scenario');
  if (encoded === null) return { status: 'none' };

  let json: string;
  try {
    json = fromBase64Url(encoded);
  } catch {
    return { status: 'bad', errors: [{ key: 'link.unreadable', vars: {} }] };
  }
  const parsed = parseScenario(json, LINK_FILE_NAME);
  const errors: LinkError[] = parsed.ok ? [] : parsed.problems.map((problem) => ({ problem }));
  const onPage = parsed.ok ? settingsOnPage(parsed.scenario, json) : [];
  errors.push(...onPage.map((problem) => ({ problem })));

  const economics = {} as Economics;
  for (const key of economicsKeys) {
    const seen = given(params, key);
    const value = seen === null ? DEFAULT_ECONOMICS[key] : Number(seen);
    if (!isValid(key, value)) {
      const { min, max } = limits[key];
      const vars = { field: key, min: String(min), max: String(max), seen: seen ?? '' };
      errors.push({ key: 'link.badNumber', vars });
    }
    economics[key] = value;
  }
  const currency = given(params, 'currency') ?? defaultCurrency;
  if (!(currencies as readonly string[]).includes(currency)) {
    errors.push({
      key: 'link.badCurrency',
      vars: { seen: currency, choices: currencies.join(', ') },
    });
  }

  if (!parsed.ok || errors.length > 0) return { status: 'bad', errors };
  const extras = { economics, currency: currency as Currency };
  return { status: 'ok', scenario: parsed.scenario, extras, warnings: parsed.warningProblems };
}

/** A parameter's value, or null when the link leaves it out or leaves it empty. */
function given(params: URLSearchParams, key: string): string | null {
  const seen = params.get(key);
  return seen === null || seen.trim() === '' ? null : seen;
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on anything that is not base64url of UTF-8 text. */
function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
