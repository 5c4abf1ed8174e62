// Pass 1: the real-editor mocha suite inside code-server's extension host. The suite is handed to the workbench
// the way VS Code's own browser integration tests do it: an `extensionTestsPath` (and a tiny
// `extensionDevelopmentPath` runner extension, so the real extension stays the one installed from the .vsix) in
// the workbench URL's `payload`. When the suite ends, the extension host exits and the workbench calls
// `window.codeAutomationExit(code)`, which this script exposes to the page.
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.mjs';
import { buildSuite } from './build-suite.mjs';
import { log, makeFixtureWorkspace, seconds } from './lib.mjs';

/** A runner extension that contributes nothing (the manifest's fields, publisher and version added), in `dir`. */
export function writeRunnerExtension(dir, manifest) {
  mkdirSync(dir, { recursive: true });
  const full = { publisher: 'history-notes-tests', version: '0.0.0', ...manifest };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(full, null, 2) + '\n');
}

export async function runHostSuite(run, server, { timeoutMs = 240000 } = {}) {
  const workspace = makeFixtureWorkspace(path.join(run.dir, 'workspace'));
  const suite = await buildSuite(path.join(run.dir, 'suite'));
  const runnerExt = path.join(run.dir, 'runner-extension');
  writeRunnerExtension(runnerExt, {
    name: 'e2e-runner',
    description: 'Hosts the History Notes real-editor suite; contributes nothing.',
    engines: { vscode: '*' },
    extensionKind: ['workspace'],
  });
  const resultsFile = path.join(run.dir, 'logs', 'results.json');

  const { code, consoleLog } = await runSuiteInWorkbench(run, server, {
    runner: runnerExt,
    suite,
    workspace,
    timeoutMs,
    logName: 'host-suite',
  });
  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
  return { code, results, consoleLog };
}

/**
 * Opens the workbench with a `payload` naming the runner extension and the suite, and resolves with the exit code
 * the workbench reports through `window.codeAutomationExit` (or 'timeout') and the page's console lines, which
 * also go to .e2e/run/logs/<logName>-console.log.
 */
export async function runSuiteInWorkbench(run, server, { runner, suite, workspace, timeoutMs, logName }) {
  const browser = await launchChromium(run);
  const consoleLog = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (msg) => consoleLog.push(`[${msg.type()}] ${msg.text()}`));
    let exited;
    const exitCode = new Promise((resolve) => (exited = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) =>
      consoleLog.push(`[automation ${type}] ${args?.join?.(' ') ?? args}`),
    );
    await page.exposeFunction('codeAutomationExit', (code) => exited(code));
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(runner)],
      ['extensionTestsPath', server.remoteUri(suite)],
      ['skipWelcome', 'true'],
    ];
    const t0 = Date.now();
    await page.goto(server.workbenchUrl(workspace, payload), { timeout: 60000 });
    const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs));
    const code = await Promise.race([exitCode, timer]);
    writeFileSync(path.join(run.dir, 'logs', `${logName}-console.log`), consoleLog.join('\n') + '\n');
    log(`${logName} ended (${code}) after ${seconds(Date.now() - t0)}`);
    return { code, consoleLog };
  } finally {
    await browser.close();
  }
}
