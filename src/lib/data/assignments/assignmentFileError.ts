import { note, type ImportMessage } from '../importMessages';
import type { AssignmentMapping } from './assignmentColumns';

/** What the sales import says of an assignment file: what it is and what it is for. */
export function assignmentFileError(fileName: string, mapping: AssignmentMapping): ImportMessage {
  return note('assignmentFile', {
    file: fileName,
    group: mapping.group,
    start: mapping.start,
    end: mapping.end ?? '',
  });
}
