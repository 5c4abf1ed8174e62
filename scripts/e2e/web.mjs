// Pass "web": the same .vsix in code-server's web-worker extension host (issue 17). The user setting
// `remote.extensionKind` puts History Notes in the browser's extension host, which loads package.json's `browser`
// entry; its language server runs in a Web Worker (server/out/browserServer.js) and reads the notes through the
// client. Chromium then shows a hover, suggestions, references across notes, a fact-check finding and a fact page,
// and no Node language server runs meanwhile. The time from opening the workbench to the first hover card is
// measured and reported.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.mjs';
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

export async function runWebPass(run, vsix, record) {
  const server = new CodeServer(run, { name: 'web', settings: WEB_SETTINGS });
  server.installExtension(vsix);
  await server.start();
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
      await page.goto(server.workbenchUrl(workspace));
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
