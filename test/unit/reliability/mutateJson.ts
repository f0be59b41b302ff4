import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`, the root included. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const own = [at];
  if (Array.isArray(value)) return own.concat(value.flatMap((v, i) => paths(v, [...at, i])));
  if (value !== null && typeof value === 'object') {
    return own.concat(Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k])));
  }
  return own;
}

function setAt(value: Json, path: (string | number)[], next: Json | undefined): Json {
  if (path.length === 0) return next ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (next === undefined && rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = setAt(copy[Number(head)], rest, next);
    return copy;
  }
  const copy = { ...(value as Record<string, Json>) };
  if (next === undefined && rest.length === 0) delete copy[head];
  else copy[head] = setAt(copy[head], rest, next);
  return copy;
}

/** Values that break naive code: edge numbers, wrong types, markup, huge and empty things. */
const hostile: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constantFrom<Json | undefined>(
    undefined,
    null,
    0,
    -1,
    -0,
    1e-300,
    1e308,
    Number.MAX_SAFE_INTEGER,
    2 ** 32,
    0.5,
    '',
    'NaN',
    'Infinity',
    '<img src=x onerror=alert(1)>',
    '=1+2',
    [],
    {},
    true,
  ),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 8 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** `value` with one place (a field, an item or the whole) replaced, removed or retyped. */
export function mutated(value: unknown): fc.Arbitrary<unknown> {
  const all = paths(value as Json);
  return fc
    .tuple(fc.constantFrom(...all), hostile)
    .map(([path, next]) => setAt(value as Json, path, next));
}
