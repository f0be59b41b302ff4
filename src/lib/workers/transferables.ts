/**
 * The buffers behind every typed array in a value, each once, so that results can be moved
 * across the worker boundary instead of copied (a buffer listed twice makes postMessage throw).
 */
export function transferables(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  collect(value, found);
  return [...found];
}

function collect(value: unknown, found: Set<ArrayBuffer>): void {
  if (typeof value !== 'object' || value === null) return;

  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
    return;
  }

  for (const item of Array.isArray(value) ? value : Object.values(value)) collect(item, found);
}
