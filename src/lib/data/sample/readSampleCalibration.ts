import * as v from 'valibot';
import type { CalibrationResult } from '../types';
import { sampleCalibrationSchema } from './sampleCalibrationSchema';

/** How many problems the error lists; the rest are counted. */
const LISTED = 5;

/**
 * The precomputed calibration of the built-in sample (static/sample/calibration.json, written
 * by `npm run sample`), checked field by field. Anything else is a build mistake, so it throws
 * an error that names the fields at fault and what was seen there.
 */
export function readSampleCalibration(json: unknown): CalibrationResult {
  const parsed = v.safeParse(sampleCalibrationSchema, json);
  // The schema checks each note's code and the shape of its values, not which values each code
  // takes: the file is written by npm run sample from the same data layer.
  if (parsed.success) return parsed.output as CalibrationResult;

  const problems = parsed.issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '(top level)';
    return `${path}: ${issue.message}`;
  });
  const more = problems.length > LISTED ? `; and ${problems.length - LISTED} more` : '';
  throw new Error(
    `The sample's calibration is not a calibration result: ` +
      `${problems.slice(0, LISTED).join('; ')}${more}`,
  );
}
