// Pass "web": the same .vsix in code-server's web-worker extension host (issue 17). The user setting
// `remote.extensionKind` puts History Notes in the browser's extension host, which loads package.json's `browser`
// entry; its language server runs in a Web Worker (server/out/browserServer.js) and reads the notes through the
// client. First the real-editor suite runs inside that web worker (test/e2e/web/index.ts: the tests of
// suite/features.test.ts, in a browser-only runner extension, as VS Code's own web integration tests load theirs).
// Then chromium shows a hover, suggestions, references across notes, a fact-check finding and a fact page, and no
// Node language server runs meanwhile. The time from opening the workbench to the first hover card is measured and
// reported.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.mjs';
import { buildWebSuite } from './build-suite.mjs';
import { CodeServer } from './code-server.mjs';
import { RESULTS_DIR, log, makeFixtureWorkspace, seconds, stop } from './lib.mjs';
import { goTo, lineCol, openNote, shoot, until } from './ui.mjs';

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
  mkdirSync(runner, { recursive: true });
  writeFileSync(
    path.join(runner, 'package.json'),
    JSON.stringify(
      {
        name: 'e2e-web-runner',
        publisher: 'history-notes-tests',
        version: '0.0.0',
        description: 'Hosts the History Notes real-editor suite in the web worker; contributes nothing.',
        engines: { vscode: '^1.91.0' },
        browser: './extension.js',
      },
      null,
      2,
    ) + '\n',
  );
  writeFileSync(path.join(runner, 'extension.js'), 'exports.activate = () => undefined;\n');
  const suite = await buildWebSuite(path.join(runner, 'suite'), { extensionsDir: server.extensionsDir });
  const workspace = makeFixtureWorkspace(path.join(run.dir, 'workspace-web-suite'));
  const browser = await launchChromium(run);
  const lines = [];
  const consoleLog = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let exited;
    const exitCode = new Promise((resolve) => (exited = resolve));
    page.on('console', (m) => {
      consoleLog.push(m.text());
      const at = m.text().indexOf('[e2e-web] ');
      if (at >= 0) lines.push(m.text().slice(at + '[e2e-web] '.length));
    });
    await page.exposeFunction('codeAutomationLog', () => undefined);
    await page.exposeFunction('codeAutomationExit', (code) => exited(code));
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(runner)],
      ['extensionTestsPath', server.remoteUri(suite)],
      ['skipWelcome', 'true'],
    ];
    const t0 = Date.now();
    await page.goto(server.workbenchUrl(workspace, payload));
    const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs));
    const code = await Promise.race([exitCode, timer]);
    writeFileSync(path.join(run.dir, 'logs', 'web-suite-console.log'), consoleLog.join('\n') + '\n');
    log(`web-worker suite ended (${code}) after ${seconds(Date.now() - t0)}`);
    const where = lines.find((l) => l.startsWith('running in '));
    record('web vscode: the suite runs in a web worker', where === 'running in a web worker', where ?? 'no line');
    for (const l of lines) {
      const m = /^(ok {3}|FAIL )(.*?)(?: \((\d+) ms\)|: (.*))?$/.exec(l);
      if (m) record(`web vscode: ${m[2]}`, m[1].startsWith('ok'), m[4] ?? '');
    }
    if (!lines.some((l) => /^\d+ passed, \d+ failed$/.test(l)))
      record(
        'web vscode: web-worker suite',
        false,
        `no summary (exit ${code}); see .e2e/run/logs/web-suite-console.log`,
      );
  } finally {
    await browser.close();
  }
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
    const step = async (name, fn) => {
      const t0 = Date.now();
      try {
        const detail = await fn();
        record(`web: ${name}`, true, `${detail ?? ''} (${seconds(Date.now() - t0)})`.trim());
      } catch (err) {
        const shot = path.join(RESULTS_DIR, `failed-web-${name.replace(/\W+/g, '-')}.png`);
        await page.screenshot({ path: shot }).catch(() => {});
        record(`web: ${name}`, false, `${err.message}; screenshot ${path.relative(process.cwd(), shot)}`);
      }
    };

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
      await goTo(page, lineCol(text, 'Trotsky'));
      const hover = page.locator('.monaco-hover').filter({ hasText: 'Leon Trotsky' });
      const span = page
        .locator('.monaco-editor .view-lines span span')
        .filter({ hasText: /^Trotsky$/ })
        .first();
      let word;
      await until('the hover card', async () => {
        word = await span.boundingBox();
        if (!word) return false;
        await page.mouse.move(10, 10);
        await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2, { steps: 3 });
        await hover.first().waitFor({ state: 'visible', timeout: 2000 });
        return true;
      });
      timings.firstHover = Date.now() - started;
      const card = await hover.first().innerText();
      if (!/1879/.test(card) || !/1940/.test(card)) throw new Error(`the card lacks his dates: ${card.slice(0, 200)}`);
      const file = await shoot(page, path.join(RESULTS_DIR, 'web-hover.png'), [
        await hover.first().boundingBox(),
        word,
      ]);
      const where = consoleLines.find((l) => /History Notes: web extension/.test(l));
      if (!where) throw new Error('the web extension did not say it started (no console line from the web worker)');
      const node = nodeServers(server);
      if (node.length) throw new Error(`a Node language server runs: ${node.join(' | ')}`);
      return (
        `first hover ${seconds(timings.firstHover)} after opening the workbench (note shown at ` +
        `${seconds(timings.noteOpen)}); no Node server process → ${file}`
      );
    });

    await step('suggestion list for "Zin"', async () => {
      await page.mouse.move(10, 10);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Zin', { delay: 30 });
      const widget = page.locator('.suggest-widget');
      const item = widget.locator('.monaco-list-row').filter({ hasText: 'Grigory Zinoviev' });
      await until('Grigory Zinoviev among the suggestions', async () => {
        if (!(await item.first().isVisible())) {
          await page.keyboard.press('Control+Space');
          await item.first().waitFor({ state: 'visible', timeout: 2000 });
        }
        return true;
      });
      const file = await shoot(page, path.join(RESULTS_DIR, 'web-suggestions.png'), [await widget.boundingBox()]);
      await page.keyboard.press('Escape');
      // Take the three letters back out: the note stays as it was for the next steps.
      for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
      return file;
    });

    await step('peek references of Zionev across notes', async () => {
      await goTo(page, lineCol(text, 'Zionev'));
      const peek = page.locator('.zone-widget .peekview-widget, .zone-widget.peekview-widget').first();
      const tree = page.locator('.zone-widget .ref-tree');
      await until('the references peek', async () => {
        if (!(await peek.isVisible())) await page.keyboard.press('Shift+F12');
        await tree.filter({ hasText: 'essay-general-secretary.md' }).waitFor({ state: 'visible', timeout: 3000 });
        return true;
      });
      const files = await tree.locator('.reference-file').allInnerTexts();
      for (const f of ['stalins-soviet-union.md', 'essay-general-secretary.md', NOTE]) {
        if (!files.some((t) => t.includes(f))) throw new Error(`no ${f} among ${files.join(' | ')}`);
      }
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
