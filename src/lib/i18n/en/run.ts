/** English messages about a run that failed or stopped, and what is on screen meanwhile. */
export const enRun = {
  'run.notRunSettings': 'Not run: out of range: {{fields}}. Fix the fields marked in red.',
  'run.stale': 'These results are from the previous run; the latest run did not finish.',
  'run.previousSettings':
    'These results are of the settings before your last change; Run to see the new ones.',
  'run.error.workerThrew': 'a simulation worker failed: {{detail}}',
  'run.error.workerLoad': 'a simulation worker could not start',
  'run.error.workerGone': 'a simulation worker stopped without an answer (out of memory?)',
  'run.error.workerMessage': 'a simulation worker sent a message that could not be read',
  'run.error.runTooBig':
    'this run would keep at least {{need}} MB of results in memory ({{reps}}, {{trials}}, ' +
    '{{schemes}}); the limit is {{limit}} MB. Run fewer trials or load fewer reps.',
  'run.error.sweepTooBig':
    'this sweep would keep at least {{need}} MB of results in memory ({{reps}}, {{trials}} for ' +
    'each of {{values}}); the limit is {{limit}} MB. Sweep fewer grid points, run fewer trials ' +
    'or load fewer reps.',
  'run.error.dbStart': 'the in-browser database did not start: {{detail}}',
  'run.error.dbQuery': 'the in-browser database failed: {{detail}}',
  'run.error.unknown': '{{detail}}',
  'run.error.schemesDoNotFit':
    'the schemes do not fit the data at hand ({{detail}}); change them in the Schemes editor ' +
    'or load data with that many periods',
  'run.chartSample': 'Showing {{shown}} of {{total}} points, evenly spread over the reps.',
  'run.tableMore': 'Show {{count}} more ({{left}} not shown yet)',
  'run.error.workerFailed':
    'a simulation worker failed unexpectedly; the details below help to report it',
  'run.error.details': 'Details',
  'run.error.noReps':
    'there is no rep to simulate: load a history in which at least one rep has sales, or ' +
    'use the sample data',
  'run.error.schemesRefused':
    'a scheme breaks its own rules ({{detail}}); correct it in the Schemes editor',
  'run.previousDataRunning':
    'These results are from the previous data ({{data}}), not from {{current}}, whose run is ' +
    'under way.',
  'run.previousDataStopped':
    'These results are from the previous data ({{data}}), not from {{current}}, whose run did ' +
    'not finish.',
};
