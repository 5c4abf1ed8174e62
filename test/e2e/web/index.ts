// Entry point of the real-editor suite inside the browser's web-worker extension host, where History Notes runs
// its web build (the server in a Web Worker). The same tests as test/e2e/index.ts (suite/features.test.ts), but
// mocha and node:assert cannot run in a worker: a small runner of the `suite`/`suiteSetup`/`test` globals stands in
// for mocha, and web/assert.ts for node:assert. Each result goes to the console as one `[e2e-web]` line (the
// page's console, where scripts/e2e/web.mjs reads it), then a summary `N passed, N failed`.

interface Test {
  title: string;
  fn: () => Promise<void> | void;
}

const setups: ((this: { timeout(ms: number): void }) => Promise<void> | void)[] = [];
const tests: Test[] = [];
let prefix = '';
const TEST_TIMEOUT_MS = 60000;

const g = globalThis as Record<string, unknown>;
g.suite = (title: string, body: () => void) => {
  const outer = prefix;
  prefix = `${outer}${title} `;
  body();
  prefix = outer;
};
g.suiteSetup = (fn: (typeof setups)[number]) => setups.push(fn);
g.test = (title: string, fn: Test['fn']) => tests.push({ title: `${prefix}${title}`, fn });

function withTimeout(p: Promise<void> | void, ms: number, what: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([Promise.resolve(p), limit]).finally(() => clearTimeout(timer));
}

export async function run(): Promise<void> {
  // Loaded only now, once the globals above exist.
  require('../suite/features.test');
  const log = (line: string) => console.log(`[e2e-web] ${line}`);
  log(`running in ${typeof (globalThis as { process?: unknown }).process === 'undefined' ? 'a web worker' : 'Node'}`);
  let passed = 0;
  let failed = 0;
  try {
    for (const setup of setups) {
      let ms = TEST_TIMEOUT_MS;
      await withTimeout(setup.call({ timeout: (t: number) => (ms = t) }), ms, 'suiteSetup');
    }
  } catch (err) {
    log(`FAIL suiteSetup: ${(err as Error)?.message ?? err}`);
    failed++;
  }
  for (const t of failed ? [] : tests) {
    const t0 = Date.now();
    try {
      await withTimeout(t.fn(), TEST_TIMEOUT_MS, t.title);
      passed++;
      log(`ok   ${t.title} (${Date.now() - t0} ms)`);
    } catch (err) {
      failed++;
      log(`FAIL ${t.title}: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
    }
  }
  log(`${passed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} real-editor test(s) failed in the web worker`);
}
