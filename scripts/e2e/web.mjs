// Pass "web": the same .vsix in code-server's web-worker extension host (issue 17). The user setting
// `remote.extensionKind` puts History Notes in the browser's extension host, which loads package.json's `browser`
// entry; its language server runs in a Web Worker (server/out/browserServer.js) and reads the notes through the
// client. First the real-editor suite runs inside that web worker (test/e2e/web/index.ts: the tests of
// suite/features.test.ts, in a browser-only runner extension, as VS Code's own web integration tests load theirs).
// Then chromium shows a hover, suggestions, references across notes, a fact-check finding and a fact page, and no
// Node language server runs meanwhile. The time from opening the workbench to the first hover card is measured and
// reported.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.mjs';
import { buildWebSuite } from './build-suite.mjs';
import { runSuiteInWorkbench, writeRunnerExtension } from './host-suite.mjs';
import { CodeServer } from './code-server.mjs';
import { RESULTS_DIR, log, makeFixtureWorkspace, seconds, stop } from './lib.mjs';
import { goTo, hoverTrotsky, lineCol, openNote, peekZionev, shoot, stepper, suggestZin, until } from './ui.mjs';

const NOTE = 'stalin-to-power.md';
const WEB_SETTINGS = { 'remote.extensionKind': { 'history-notes.history-notes': ['web'] } };

/** Node language servers (server/out/server.js) running under this code-server: there should be none. */
function nodeServers(server) {
  const r = spawnSync('ps', ['-o', 'pid=,args=', '-g', String(server.child.pid)], { encoding: 'utf8' });
  return (r.stdout ?? '')
    .split('\n')
    .filter((l) => /server\/out\/server\.js/.test(l))
    .map((l) => l.trim());
}

/**
 * The real-editor suite in the web worker. The workbench runs extensionTestsPath in the web worker only if the
 * runner extension is browser-only (a `browser` entry, a real engines range) and the suite lies inside it;
 * otherwise it would run it in the Node extension host. Results come as `[e2e-web]` lines on the page's console.
 */
async function runWebHostSuite(run, server, record, timeoutMs = 240000) {
  const runner = path.join(run.dir, 'runner-extension-web');
  writeRunnerExtension(runner, {
    name: 'e2e-web-runner',
    description: 'Hosts the History Notes real-editor suite in the web worker; contributes nothing.',
    engines: { vscode: '^1.91.0' },
    browser: './extension.js',
  });
  writeFileSync(path.join(runner, 'extension.js'), 'exports.activate = () => undefined;\n');
  const suite = await buildWebSuite(path.join(runner, 'suite'), { extensionsDir: server.extensionsDir });
  const workspace = makeFixtureWorkspace(path.join(run.dir, 'workspace-web-suite'));
  const { code, consoleLog } = await runSuiteInWorkbench(run, server, {
    runner,
    suite,
    workspace,
    timeoutMs,
    logName: 'web-suite',
  });
  // The page's own console lines: the workbench also hands each of them to codeAutomationLog (`[automation …]`).
  const lines = consoleLog.flatMap((l) => {
    const at = l.startsWith('[automation') ? -1 : l.indexOf('[e2e-web] ');
    return at >= 0 ? [l.slice(at + '[e2e-web] '.length)] : [];
  });
  const where = lines.find((l) => l.startsWith('running in '));
  record('web vscode: the suite runs in a web worker', where === 'running in a web worker', where ?? 'no line');
  for (const l of lines) {
    const m = /^(ok {3}|FAIL )(.*?)(?: \((\d+) ms\)|: (.*))?$/.exec(l);
    if (m) record(`web vscode: ${m[2]}`, m[1].startsWith('ok'), m[4] ?? '');
  }
  if (!lines.some((l) => /^\d+ passed, \d+ failed$/.test(l)))
    record('web vscode: web-worker suite', false, `no summary (exit ${code}); see .e2e/run/logs/web-suite-console.log`);
}

export async function runWebPass(run, vsix, record) {
  const server = new CodeServer(run, { name: 'web', settings: WEB_SETTINGS });
  server.installExtension(vsix);
  await server.start({}, { extensionTests: true });
  try {
    await runWebHostSuite(run, server, record);
  } catch (err) {
    record('web vscode: web-worker suite', false, String(err?.stack ?? err));
  }
  const workspace = makeFixtureWorkspace(path.join(run.dir, 'workspace-web'));
  const text = readFileSync(path.join(workspace, NOTE), 'utf8');
  const browser = await launchChromium(run);
  const consoleLines = [];
  const timings = {};
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(5000);
    page.on('console', (m) => consoleLines.push(m.text()));
    const step = stepper(page, record, 'web');

    let started;
    await step('workbench opens the note', async () => {
      started = Date.now();
      await page.goto(server.workbenchUrl(workspace), { timeout: 45000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 45000 });
      await openNote(page, NOTE, 'Trotsky');
      timings.noteOpen = Date.now() - started;
      return NOTE;
    });

    await step('hover card on Trotsky from the Web Worker server', async () => {
      const { box, word } = await hoverTrotsky(page, text);
      timings.firstHover = Date.now() - started;
      const file = await shoot(page, path.join(RESULTS_DIR, 'web-hover.png'), [box, word]);
      const where = consoleLines.find((l) => /History Notes: web extension/.test(l));
      if (!where) throw new Error('the web extension did not say it started (no console line from the web worker)');
      const node = nodeServers(server);
      if (node.length) throw new Error(`a Node language server runs: ${node.join(' | ')}`);
      return (
        `first hover ${seconds(timings.firstHover)} after opening the workbench (note shown at ` +
        `${seconds(timings.noteOpen)}); no Node server process → ${file}`
      );
    });

    await step('code lenses and the History Entities view count the other notes', async () => {
      // Counted over the workspace index, which the web server builds through the client after the first lenses
      // were drawn: the lenses are asked again when it is done (workspace/codeLens/refresh).
      const lens = page.locator('.codelens-decoration').filter({ hasText: /mentioned in [2-9] notes/ });
      await until('a code lens "… mentioned in N notes", N > 1', () => lens.first().isVisible());
      const title = (await lens.first().innerText()).replace(/\u00a0/g, ' ');
      // The Entities view in the Explorer, drawn from the server's answer once the index is built.
      const header = page.locator('.pane-header').filter({ hasText: 'History Entities' });
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const view = page.locator('.pane').filter({ has: header });
      const row = view.locator('.monaco-list-row').filter({ hasText: /mentions? in [2-9] notes/ });
      await until('an entity mentioned in several notes in the Entities view', () => row.first().isVisible());
      const entity = (await row.first().innerText()).replace(/\n/g, ' ');
      await header.click(); // folded again: room for the editor
      await page.keyboard.press('Control+1'); // and the keyboard back in the editor
      return `${title}; Entities view: ${entity}`;
    });

    await step('suggestion list for "Zin"', async () => {
      const widget = await suggestZin(page);
      const file = await shoot(page, path.join(RESULTS_DIR, 'web-suggestions.png'), [await widget.boundingBox()]);
      await page.keyboard.press('Escape');
      // Take the three letters back out: the note stays as it was for the next steps.
      for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
      return file;
    });

    await step('peek references of Zionev across notes', async () => {
      const { peek, files } = await peekZionev(page, text);
      const file = await shoot(page, path.join(RESULTS_DIR, 'web-references.png'), [await peek.boundingBox()], 4);
      await page.keyboard.press('Escape');
      return `${files.length} files → ${file}`;
    });

    await step('a fact-check finding in the Problems panel', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('In 1920 Leningrad was hungry and cold.', { delay: 10 });
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: /Leningrad/ });
      await until('the Leningrad finding', () => row.first().isVisible());
      const message = (await row.first().innerText()).split('\n').find((l) => /Leningrad/.test(l));
      const panel = await page.locator('.markers-panel').first().boundingBox();
      const file = await shoot(page, path.join(RESULTS_DIR, 'web-problems.png'), [panel], 0);
      return `${message} → ${file}`;
    });

    await step('go to definition opens the fact page', async () => {
      await goTo(page, lineCol(text, 'Trotsky'));
      await page.keyboard.press('F12');
      const tab = page
        .locator('.tabs-container .tab')
        .filter({ hasText: /\.md/ })
        .filter({ hasText: /trotsky/i });
      await until('the fact page tab', () => tab.first().isVisible());
      // The card as the server wrote it (the editor draws spaces as no-break spaces: match words alone).
      const shown = page.locator('.monaco-editor .view-lines').filter({ hasText: /Roles[\s\S]*Key\sfacts/ });
      await until('the fact page text', () => shown.first().isVisible());
      const file = path.join(RESULTS_DIR, 'web-fact-page.png');
      await page.screenshot({ path: file });
      return `${(await tab.first().innerText()).trim()} → ${path.relative(process.cwd(), file)}`;
    });
  } finally {
    await browser.close();
    await stop(server.child);
  }
  log('web pass done');
  return timings;
}
