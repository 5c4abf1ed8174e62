// Entry point of the real-editor suite, as VS Code's extension-test mechanism wants it: a module exporting
// `run()`, loaded inside the extension host (`--extensionTestsPath` for @vscode/test-electron, the
// `extensionTestsPath` payload for code-server). It runs mocha and also writes the results to
// HISTORY_NOTES_E2E_RESULTS (a JSON file), so that a runner outside the editor can read them reliably.
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';

interface Outcome {
  title: string;
  state: 'passed' | 'failed';
  durationMs?: number;
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec' });
  if (process.env.HISTORY_NOTES_E2E_GREP) mocha.grep(process.env.HISTORY_NOTES_E2E_GREP);
  // The tests are bundled with this file: let them see mocha's `suite`/`test` globals, then load them.
  mocha.suite.emit('pre-require', globalThis, 'features.test', mocha);
  require('./suite/features.test');

  const outcomes: Outcome[] = [];
  const log = (line: string): void => console.log(`[e2e] ${line}`);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = outcomes.filter((o) => o.state === 'passed').length;
      const summary = `${passed} passed, ${failures} failed`;
      log(summary);
      const file = process.env.HISTORY_NOTES_E2E_RESULTS;
      if (file) writeFileSync(file, JSON.stringify({ passed, failed: failures, outcomes }, null, 2) + '\n');
      if (failures > 0) reject(new Error(`${failures} real-editor test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => {
      outcomes.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration });
      log(`ok   ${t.fullTitle()} (${t.duration} ms)`);
    });
    runner.on('fail', (t, err: Error) => {
      outcomes.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) });
      log(`FAIL ${t.fullTitle()}: ${err?.message ?? err}`);
    });
  });
}
