import type { CalibrationResult } from '../types';

/**
 * The committed form of the sample's calibration. Plain JSON: every finite double survives
 * JSON.stringify and JSON.parse exactly, so the page reads back what DuckDB computed.
 */
export function sampleCalibrationText(calibration: CalibrationResult): string {
  return `${JSON.stringify(calibration)}\n`;
}
