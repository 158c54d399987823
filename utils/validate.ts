/**
 * Small runtime validators. Everything that crosses a trust boundary (messages from pages,
 * imported files) is checked with these before it is used; a failure says which field is wrong.
 */

/** Outcome of validating: the typed value, or a message naming what is wrong. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** A validator for values of type T. */
export type Validator<T> = (input: unknown, path: string) => Checked<T>;

const fail = (path: string, what: string): { ok: false; error: string } => ({
  ok: false,
  error: `${path || 'value'} ${what}`,
});

/** A string, optionally bounded in length and required to be non-blank. */
export function str(opts: { max?: number; nonEmpty?: boolean } = {}): Validator<string> {
  const max = opts.max ?? 10_000;
  return (input, path) => {
    if (typeof input !== 'string') return fail(path, 'must be a string');
    if (input.length > max) return fail(path, `must be at most ${max} characters`);
    if (opts.nonEmpty && input.trim() === '') return fail(path, 'must not be empty');
    return { ok: true, value: input };
  };
}

/** A boolean. */
export function bool(): Validator<boolean> {
  return (input, path) =>
    typeof input === 'boolean' ? { ok: true, value: input } : fail(path, 'must be true or false');
}

/** A finite number, optionally an integer within bounds. */
export function num(opts: { min?: number; max?: number; integer?: boolean } = {}): Validator<number> {
  return (input, path) => {
    if (typeof input !== 'number' || !Number.isFinite(input)) return fail(path, 'must be a number');
    if (opts.integer && !Number.isInteger(input)) return fail(path, 'must be a whole number');
    if (opts.min !== undefined && input < opts.min) return fail(path, `must be at least ${opts.min}`);
    if (opts.max !== undefined && input > opts.max) return fail(path, `must be at most ${opts.max}`);
    return { ok: true, value: input };
  };
}

/** An absolute http(s) URL. */
export function httpUrl(): Validator<string> {
  const base = str({ max: 4096, nonEmpty: true });
  return (input, path) => {
    const s = base(input, path);
    if (!s.ok) return s;
    try {
      const url = new URL(s.value);
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return fail(path, 'must be an http or https URL');
    } catch {
      return fail(path, 'must be a URL');
    }
    return s;
  };
}

/** One of a fixed set of string values. */
export function oneOf<const T extends readonly string[]>(values: T): Validator<T[number]> {
  return (input, path) =>
    typeof input === 'string' && (values as readonly string[]).includes(input)
      ? { ok: true, value: input as T[number] }
      : fail(path, `must be one of ${values.join(', ')}`);
}

/** An array of items, at most `max` long. */
export function arr<T>(item: Validator<T>, opts: { max?: number } = {}): Validator<T[]> {
  const max = opts.max ?? 10_000;
  return (input, path) => {
    if (!Array.isArray(input)) return fail(path, 'must be an array');
    if (input.length > max) return fail(path, `must have at most ${max} items`);
    const out: T[] = [];
    for (let i = 0; i < input.length; i++) {
      const r = item(input[i], `${path}[${i}]`);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return { ok: true, value: out };
  };
}

/** An optional field: absent (undefined) is fine, otherwise it must pass `inner`. */
export interface Optional<T> extends Validator<T | undefined> {
  optional: true;
}
export function opt<T>(inner: Validator<T>): Optional<T> {
  const check = ((input: unknown, path: string) =>
    input === undefined ? { ok: true, value: undefined } : inner(input, path)) as Optional<T>;
  check.optional = true;
  return check;
}

type Shape = Record<string, Validator<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? K : never }[keyof S];
type Infer<S extends Shape> = { [K in RequiredKeys<S>]: S[K] extends Validator<infer T> ? T : never } & {
  [K in OptionalKeys<S>]?: S[K] extends Optional<infer T> ? T : never;
};

/**
 * A plain object with exactly these fields. Unknown fields are rejected rather than ignored, so
 * a hostile sender cannot smuggle extra data through.
 */
export function obj<S extends Shape>(shape: S): Validator<Infer<S>> {
  return (input, path) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      return fail(path, 'must be an object');
    const record = input as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!Object.hasOwn(shape, key)) return fail(path ? `${path}.${key}` : key, 'is not expected');
    }
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const r = check(record[key], path ? `${path}.${key}` : key);
      if (!r.ok) return r;
      if (r.value !== undefined) out[key] = r.value;
    }
    return { ok: true, value: out as Infer<S> };
  };
}
