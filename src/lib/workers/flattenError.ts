/** An error reduced to plain data so that it survives the worker boundary (STYLE.md, rule 7). */
export interface FlatError {
  name: string;
  message: string;
  stack?: string;
}

/** Flattens anything thrown (an Error, a string, a rebuilt error) to name, message, stack. */
export function flattenError(thrown: unknown): FlatError {
  if (typeof thrown === 'object' && thrown !== null) {
    const { name, message, stack } = thrown as Partial<Record<keyof FlatError, unknown>>;
    return {
      name: typeof name === 'string' ? name : 'Error',
      message: typeof message === 'string' ? message : String(thrown),
      ...(typeof stack === 'string' ? { stack } : {}),
    };
  }
  return { name: 'Error', message: String(thrown) };
}

/** Rebuilds a throwable Error from flattened data, keeping the worker's name and stack. */
export function errorFrom(flat: FlatError): Error {
  const error = new Error(flat.message);
  error.name = flat.name;
  if (flat.stack !== undefined) error.stack = flat.stack;
  return error;
}
