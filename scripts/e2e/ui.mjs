// Pass 2: what a person sees. Chromium opens a note in code-server's workbench, hovers a name with the mouse,
// asks for suggestions and peeks references, and screenshots each into test-results/. Cursor moves use the
// keyboard (Go to Line), because clicking into text can land on the wrong column.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.mjs';
import { RESULTS_DIR, delay, log, makeFixtureWorkspace, seconds } from './lib.mjs';

const NOTE = 'stalin-to-power.md';
const WAIT_MS = 45000;

/** 1-based line and column of the nth occurrence of `needle` in `text`. */
function lineCol(text, needle, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not found`);
  }
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

async function until(what, fn, timeoutMs = WAIT_MS) {
  const deadline = Date.now() + timeoutMs;
  let lastErr;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      lastErr = err;
    }
    await delay(250);
  }
  throw new Error(`${what}: not seen within ${timeoutMs} ms${lastErr ? ` (${lastErr.message})` : ''}`);
}

/** A screenshot of the part of the page around the given boxes (with a margin), clipped to the viewport. */
async function shoot(page, file, boxes, margin = 24) {
  const vp = page.viewportSize();
  const x0 = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y0 = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const x1 = Math.min(vp.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const y1 = Math.min(vp.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  await page.screenshot({ path: file, clip: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
  return path.relative(process.cwd(), file);
}

async function goTo(page, { line, column }) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`); // keep the ":" of Go to Line, or it becomes a file search
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

async function cursorBox(page) {
  return page.locator('.monaco-editor .cursors-layer .cursor').first().boundingBox();
}

export async function runUiPass(run, server, record) {
  const workspace = makeFixtureWorkspace(path.join(run.dir, 'workspace-ui'));
  const text = readFileSync(path.join(workspace, NOTE), 'utf8');
  const browser = await launchChromium(run);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(5000); // single waits are short; `until` retries them up to WAIT_MS
    const step = async (name, fn) => {
      const t0 = Date.now();
      try {
        const detail = await fn();
        record(`ui: ${name}`, true, `${detail ?? ''} (${seconds(Date.now() - t0)})`.trim());
      } catch (err) {
        const shot = path.join(RESULTS_DIR, `failed-${name.replace(/\W+/g, '-')}.png`);
        await page.screenshot({ path: shot }).catch(() => {});
        record(`ui: ${name}`, false, `${err.message}; screenshot ${path.relative(process.cwd(), shot)}`);
      }
    };

    await step('workbench opens the note', async () => {
      await page.goto(server.workbenchUrl(workspace));
      await page.locator('.monaco-workbench').waitFor({ timeout: WAIT_MS });
      await until('Quick Open', async () => {
        await page.keyboard.press('Control+P');
        return page.locator('.quick-input-widget input').isVisible();
      });
      await page.locator('.quick-input-widget input').fill(NOTE);
      await until('a match in Quick Open', () => page.locator('.quick-input-list .monaco-list-row').first().isVisible());
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-lines').filter({ hasText: 'Trotsky' }).first().waitFor({ timeout: WAIT_MS });
      return NOTE;
    });

    await step('hover card on Trotsky', async () => {
      await goTo(page, lineCol(text, 'Trotsky'));
      const hover = page.locator('.monaco-hover').filter({ hasText: 'Leon Trotsky' });
      // The server may still be starting: hover again until the card shows (the mouse leaves and comes back).
      // The word as drawn (semantic highlighting gives the name a span of its own): hover it as a person would.
      const span = page.locator('.monaco-editor .view-lines span span').filter({ hasText: /^Trotsky$/ }).first();
      let word;
      await until('the hover card', async () => {
        // Measured afresh each time: code lenses arriving from the server push the lines down.
        word = await span.boundingBox();
        if (!word) return false;
        await page.mouse.move(10, 10);
        await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2, { steps: 3 });
        await hover.first().waitFor({ state: 'visible', timeout: 2000 });
        return true;
      });
      const card = await hover.first().innerText();
      if (!/1879/.test(card) || !/1940/.test(card)) throw new Error(`the card lacks his dates: ${card.slice(0, 200)}`);
      const box = await hover.first().boundingBox();
      const file = await shoot(page, path.join(RESULTS_DIR, 'hover.png'), [box, word]);
      await page.screenshot({ path: path.join(RESULTS_DIR, 'hover-window.png') });
      // The card in the editor as a reader sees it, the picture for the README (images/hover.png).
      const editor = await page.locator('.monaco-editor').first().boundingBox();
      await shoot(page, path.join(RESULTS_DIR, 'hover-editor.png'), [box, { ...word, height: word.height * 3 }, { x: editor.x, y: box.y, width: editor.width, height: 1 }], 16);
      return `${card.split('\n')[0]} → ${file}`;
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
      const at = await cursorBox(page);
      const file = await shoot(page, path.join(RESULTS_DIR, 'suggestions.png'), [await widget.boundingBox(), at]);
      const rows = await widget.locator('.monaco-list-row').count();
      await page.keyboard.press('Escape');
      return `${rows} item(s) → ${file}`;
    });

    await step('peek references of Zionev', async () => {
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
      const file = await shoot(page, path.join(RESULTS_DIR, 'references.png'), [await peek.boundingBox()], 4);
      return `${files.length} files → ${file}`;
    });
  } finally {
    await browser.close();
  }
  log('browser pass done');
}
