import { isRunErrorCode, RunError, type RunErrorCode, type RunErrorParams } from './runError';

/** An error reduced to plain data so that it survives the worker boundary (STYLE.md, rule 7). */
export interface FlatError {
  name: string;
  message: string;
  stack?: string;
  /** Present when the error was a RunError: what the page translates. */
  code?: RunErrorCode;
  params?: RunErrorParams;
}

function plainParams(value: unknown): RunErrorParams | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entries = Object.entries(value).filter(
    ([, v]) => typeof v === 'string' || typeof v === 'number',
  );
  return Object.fromEntries(entries) as RunErrorParams;
}

/** Flattens anything thrown (an Error, a string, a rebuilt error) to name, message, stack. */
export function flattenError(thrown: unknown): FlatError {
  if (typeof thrown === 'object' && thrown !== null) {
    const { name, message, stack, code, params } = thrown as Partial<
      Record<keyof FlatError, unknown>
    >;
    const flatParams = isRunErrorCode(code) ? plainParams(params) : undefined;
    return {
      name: typeof name === 'string' ? name : 'Error',
      message: typeof message === 'string' ? message : String(thrown),
      ...(typeof stack === 'string' ? { stack } : {}),
      ...(isRunErrorCode(code) ? { code } : {}),
      ...(flatParams ? { params: flatParams } : {}),
    };
  }
  return { name: 'Error', message: String(thrown) };
}

/** Rebuilds a throwable Error from flattened data, keeping the worker's name, stack and code. */
export function errorFrom(flat: FlatError): Error {
  const error = flat.code
    ? new RunError(flat.code, flat.message, flat.params)
    : new Error(flat.message);
  error.name = flat.name;
  if (flat.stack !== undefined) error.stack = flat.stack;
  return error;
}
