/**
 * The few strict assertions the real-editor suite uses (ok, equal, notEqual, deepEqual, match, fail), for its run
 * inside the browser's web-worker extension host, where `node:assert` does not exist: the web suite's build
 * (scripts/e2e/build-suite.mjs) puts this module in its place.
 */

export class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v)));

export function ok(value: unknown, message?: string): asserts value {
  if (!value) throw new AssertionError(message ?? `expected a truthy value, got ${show(value)}`);
}

export function equal(actual: unknown, expected: unknown, message?: string): void {
  if (!Object.is(actual, expected)) throw new AssertionError(message ?? `${show(actual)} !== ${show(expected)}`);
  else if (message === undefined) return;
}

export function notEqual(actual: unknown, expected: unknown, message?: string): void {
  if (Object.is(actual, expected)) throw new AssertionError(message ?? `${show(actual)} === ${show(expected)}`);
}

export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new AssertionError(`${message ? `${message}: ` : ''}${show(actual)} is not ${show(expected)}`);
}

export function match(text: string, re: RegExp, message?: string): void {
  if (!re.test(text)) throw new AssertionError(message ?? `${show(text)} does not match ${re}`);
}

export function fail(message?: string): never {
  throw new AssertionError(message ?? 'failed');
}
