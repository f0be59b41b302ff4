/** English messages about a run that failed or stopped, and what is on screen meanwhile. */
export const enRun = {
  'run.stale': 'These results are from the previous run; the latest run did not finish.',
  'run.partial': 'No result is shown for the run that did not finish: a part of it is not one.',
  'run.error.workerThrew': 'a simulation worker failed: {{detail}}',
  'run.error.workerLoad': 'a simulation worker could not start',
  'run.error.workerGone': 'a simulation worker stopped without an answer (out of memory?)',
  'run.error.workerMessage': 'a simulation worker sent a message that could not be read',
  'run.error.dbStart': 'the in-browser database did not start: {{detail}}',
  'run.error.dbTimeout': 'the in-browser database gave no answer after {{seconds}} s',
  'run.error.dbQuery': 'the in-browser database failed: {{detail}}',
  'run.error.unknown': '{{detail}}',
  'run.chartSample': 'Showing {{shown}} of {{total}} points, evenly spread over the reps.',
};
