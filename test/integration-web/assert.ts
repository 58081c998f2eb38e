/**
 * The part of Node's `assert/strict` the integration suites use, for their web bundle: the web
 * worker extension host has no Node built-ins, and `assert` is not a browser package here.
 * The web build (esbuild.js, `--tests`) resolves `assert` to this file; Node bundles keep Node's.
 */

/** Thrown by a failed assertion (same name as Node's, so mocha prints it alike). */
export class AssertionError extends Error {
  override name = 'AssertionError';
  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown) {
    super(message);
  }
}

function show(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function fail(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown): never {
  if (message instanceof Error) {
    throw message;
  }
  throw new AssertionError(message ?? fallback, actual, expected);
}

/** Node's deep strict equality for the values tests compare: primitives, arrays, plain objects, Maps, Sets, Dates. */
function deepStrictEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) {
    return true;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
    return false;
  }
  if (a instanceof Date && b instanceof Date) {
    return a.getTime() === b.getTime();
  }
  if (a instanceof Map && b instanceof Map) {
    return a.size === b.size && [...a].every(([k, v]) => b.has(k) && deepStrictEqual(v, b.get(k)));
  }
  if (a instanceof Set && b instanceof Set) {
    return a.size === b.size && [...a].every((v) => b.has(v));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepStrictEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `assert.strict` with the methods the suites call. */
export const strict = {
  ok(value: unknown, message?: string | Error): asserts value {
    if (!value) {
      fail(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true);
    }
  },
  equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
    if (!Object.is(actual, expected)) {
      fail(message, `Expected values to be strictly equal:\n${show(actual)} !== ${show(expected)}`, actual, expected);
    }
  },
  notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
    if (Object.is(actual, expected)) {
      fail(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected);
    }
  },
  deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
    if (!deepStrictEqual(actual, expected)) {
      fail(message, `Expected values to be strictly deep-equal:\n${show(actual)}\n!==\n${show(expected)}`, actual, expected);
    }
  },
  match(value: string, pattern: RegExp, message?: string | Error): void {
    if (typeof value !== 'string' || !pattern.test(value)) {
      fail(message, `The input did not match the regular expression ${String(pattern)}. Input: ${show(value)}`, value, pattern);
    }
  },
  fail(message?: string | Error): never {
    return fail(message, 'Failed');
  },
};
