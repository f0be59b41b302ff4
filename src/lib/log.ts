/**
 * The one logger of the app: silent unless a level is switched on, so that tests and users see no
 * stray output. Switch on with `setLogLevel('debug')` (e.g. from a devtools console).
 */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

const order: LogLevel[] = ['silent', 'error', 'warn', 'info', 'debug'];
let current: LogLevel = 'silent';

export function setLogLevel(level: LogLevel): void {
  current = level;
}

function emit(level: Exclude<LogLevel, 'silent'>, message: string, detail?: unknown): void {
  if (order.indexOf(level) > order.indexOf(current)) return;
  const write = level === 'debug' ? console.debug : console[level];
  if (detail === undefined) write(`[incentive-lab] ${message}`);
  else write(`[incentive-lab] ${message}`, detail);
}

export const log = {
  error: (message: string, detail?: unknown) => emit('error', message, detail),
  warn: (message: string, detail?: unknown) => emit('warn', message, detail),
  info: (message: string, detail?: unknown) => emit('info', message, detail),
  debug: (message: string, detail?: unknown) => emit('debug', message, detail),
};
