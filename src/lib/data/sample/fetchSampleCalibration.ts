import type { CalibrationResult } from '../types';
import { readSampleCalibration } from './readSampleCalibration';

/** The precomputed sample calibration from the app's own origin, checked before use. */
export async function fetchSampleCalibration(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<CalibrationResult> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return readSampleCalibration(await response.json());
}
