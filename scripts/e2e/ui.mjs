// Pass 2: what a person sees. Chromium opens a note in code-server's workbench, hovers a name with the mouse,
// asks for suggestions and peeks references; then, in stalins-soviet-union.md, checks the colours of names and
// dates, shows the History Timeline and clicks an entry. Screenshots of each go into test-results/. Cursor moves
// in the text use the keyboard (Go to Line), because clicking into text can land on the wrong column.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.mjs';
import { RESULTS_DIR, delay, log, makeFixtureWorkspace, seconds } from './lib.mjs';

const NOTE = 'stalin-to-power.md';
const TIMELINE_NOTE = 'stalins-soviet-union.md';
const WAIT_MS = 45000;

/** 1-based line and column of the nth occurrence of `needle` in `text`. */
export function lineCol(text, needle, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not found`);
  }
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export async function until(what, fn, timeoutMs = WAIT_MS) {
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
export async function shoot(page, file, boxes, margin = 24) {
  const vp = page.viewportSize();
  const x0 = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y0 = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const x1 = Math.min(vp.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const y1 = Math.min(vp.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  await page.screenshot({ path: file, clip: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
  return path.relative(process.cwd(), file);
}

export async function goTo(page, { line, column }) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`); // keep the ":" of Go to Line, or it becomes a file search
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** Opens a note with Quick Open (retried while the workbench starts) and waits until `shown` is on screen. */
export async function openNote(page, name, shown) {
  await page.keyboard.press('Escape');
  await until('Quick Open', async () => {
    await page.keyboard.press('Control+P');
    return page.locator('.quick-input-widget input').isVisible();
  });
  await page.locator('.quick-input-widget input').fill(name);
  await until(`${name} in Quick Open`, () =>
    page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first().isVisible(),
  );
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines').filter({ hasText: shown }).first().waitFor({ timeout: WAIT_MS });
}

/** Runs a command from the command palette (F1), by its title as the palette lists it. */
export async function runCommand(page, title) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ hasText: title })
    .first()
    .waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** The status bar's "Ln X, Col Y" as { line, column }. */
async function statusPosition(page) {
  const text = await page
    .locator('.statusbar-item')
    .filter({ hasText: /^Ln \d+, Col \d+/ })
    .first()
    .innerText();
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  return { line: Number(m[1]), column: Number(m[2]) };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The start of a date in words (21 January 1924, January 1924, 1924, c. 1928, or a span of them) as a sortable number.
 */
function startKey(when) {
  const m = /^(?:c\. )?(?:(\d{1,2}) )?(?:([A-Z][a-z]+) )?(\d{3,4})\b/.exec(when);
  if (!m) throw new Error(`not a date in words: ${when}`);
  return Number(m[3]) * 10000 + (m[2] ? MONTHS.indexOf(m[2]) + 1 : 1) * 100 + (m[1] ? Number(m[1]) : 1);
}

export async function cursorBox(page) {
  return page.locator('.monaco-editor .cursors-layer .cursor').first().boundingBox();
}

/**
 * A step of a browser pass: `fn` returns a detail for the record; a failure is recorded with a screenshot
 * (test-results/failed-<prefix>-<name>.png).
 */
export function stepper(page, record, prefix) {
  return async (name, fn) => {
    const t0 = Date.now();
    try {
      const detail = await fn();
      record(`${prefix}: ${name}`, true, `${detail ?? ''} (${seconds(Date.now() - t0)})`.trim());
    } catch (err) {
      const shot = path.join(
        RESULTS_DIR,
        `failed-${prefix === 'ui' ? '' : `${prefix}-`}${name.replace(/\W+/g, '-')}.png`,
      );
      await page.screenshot({ path: shot }).catch(() => {});
      record(`${prefix}: ${name}`, false, `${err.message}; screenshot ${path.relative(process.cwd(), shot)}`);
    }
  };
}

/** Hovers the first drawn `Trotsky` of the note until his card shows; returns the card's text and boxes. */
export async function hoverTrotsky(page, text) {
  await goTo(page, lineCol(text, 'Trotsky'));
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Leon Trotsky' });
  // The server may still be starting: hover again until the card shows (the mouse leaves and comes back).
  // The word as drawn (semantic highlighting gives the name a span of its own): hover it as a person would.
  const span = page
    .locator('.monaco-editor .view-lines span span')
    .filter({ hasText: /^Trotsky$/ })
    .first();
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
  return { card, box: await hover.first().boundingBox(), word };
}

/** Types `Zin` on a new last line until Grigory Zinoviev is among the suggestions; returns the widget. */
export async function suggestZin(page) {
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
  return widget;
}

/** Shift+F12 on `Zionev` until the peek lists references in the three sample notes; returns the peek and files. */
export async function peekZionev(page, text) {
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
  return { peek, files };
}

export async function runUiPass(run, server, record) {
  const workspace = makeFixtureWorkspace(path.join(run.dir, 'workspace-ui'));
  const text = readFileSync(path.join(workspace, NOTE), 'utf8');
  const browser = await launchChromium(run);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(5000); // single waits are short; `until` retries them up to WAIT_MS
    const step = stepper(page, record, 'ui');

    await step('workbench opens the note', async () => {
      await page.goto(server.workbenchUrl(workspace), { timeout: WAIT_MS }); // a loaded machine: more than 5 s
      await page.locator('.monaco-workbench').waitFor({ timeout: WAIT_MS });
      await openNote(page, NOTE, 'Trotsky');
      return NOTE;
    });

    await step('hover card on Trotsky', async () => {
      const { card, box, word } = await hoverTrotsky(page, text);
      const file = await shoot(page, path.join(RESULTS_DIR, 'hover.png'), [box, word]);
      await page.screenshot({ path: path.join(RESULTS_DIR, 'hover-window.png') });
      // The card in the editor as a reader sees it, the picture for the README (images/hover.png).
      const editor = await page.locator('.monaco-editor').first().boundingBox();
      await shoot(
        page,
        path.join(RESULTS_DIR, 'hover-editor.png'),
        [box, { ...word, height: word.height * 3 }, { x: editor.x, y: box.y, width: editor.width, height: 1 }],
        16,
      );
      return `${card.split('\n')[0]} → ${file}`;
    });

    await step('suggestion list for "Zin"', async () => {
      const widget = await suggestZin(page);
      const at = await cursorBox(page);
      const file = await shoot(page, path.join(RESULTS_DIR, 'suggestions.png'), [await widget.boundingBox(), at]);
      const rows = await widget.locator('.monaco-list-row').count();
      await page.keyboard.press('Escape');
      return `${rows} item(s) → ${file}`;
    });

    await step('peek references of Zionev', async () => {
      const { peek, files } = await peekZionev(page, text);
      const file = await shoot(page, path.join(RESULTS_DIR, 'references.png'), [await peek.boundingBox()], 4);
      return `${files.length} files → ${file}`;
    });

    const soviet = readFileSync(path.join(workspace, TIMELINE_NOTE), 'utf8');
    await step('entities and dates coloured in ' + TIMELINE_NOTE, async () => {
      await openNote(page, TIMELINE_NOTE, 'Reasons for the rise of Stalin');
      // Line 14: "* When Lenin suffered a stroke … in **1922**, Stalin visited him often". Names are coloured only by
      // the server's semantic tokens (the TextMate grammar knows dates and congresses, not names).
      const line = page
        .locator('.monaco-editor .view-line')
        .filter({ hasText: /When\s+Lenin\s+suffered/ })
        .first();
      const colours = await until('Lenin and 1922 coloured apart from the prose', async () => {
        // The editor draws spaces as no-break spaces: compare the spans' text with them made plain.
        const c = await line.evaluate((el) => {
          const spans = [...el.querySelectorAll('span > span')];
          const colour = (test) => {
            const span = spans.find((s) => test(s.textContent.replace(/\u00a0/g, ' ')));
            return span && getComputedStyle(span).color;
          };
          return {
            prose: colour((t) => t.includes('suffered a stroke')),
            person: colour((t) => t === 'Lenin'),
            date: colour((t) => t === '1922'),
          };
        });
        if (!c.prose || !c.person || !c.date || c.person === c.prose || c.date === c.prose)
          throw new Error(`colours seen: ${JSON.stringify(c)}`);
        return c;
      });
      const editor = await page.locator('.monaco-editor').first().boundingBox();
      const file = await shoot(page, path.join(RESULTS_DIR, 'colours.png'), [editor], 0);
      return `prose ${colours.prose}, Lenin ${colours.person}, 1922 ${colours.date} → ${file}`;
    });

    const view = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: 'History Timeline' }) });
    const rows = view.locator('.monaco-list-row');
    await step('timeline of ' + TIMELINE_NOTE, async () => {
      await runCommand(page, 'History Notes: Show Timeline');
      await view.locator('.pane-header[aria-expanded="true"]').waitFor();
      // Room for the view: the folder's file list folds away and the side bar widens (its sash dragged).
      const folder = page.locator('.pane-header[aria-expanded="true"]').filter({ hasText: path.basename(workspace) });
      if (await folder.count()) await folder.first().click();
      const bar = await page.locator('#workbench\\.parts\\.sidebar').boundingBox();
      if (bar.width < 560) {
        await page.mouse.move(bar.x + bar.width, bar.y + bar.height / 2);
        await page.mouse.down();
        await page.mouse.move(bar.x + 600, bar.y + bar.height / 2, { steps: 5 });
        await page.mouse.up();
      }
      // The first rows on screen, in the list's order (data-index), as "when" and "what".
      const visible = () =>
        rows.evaluateAll((rs) =>
          rs
            .map((r) => ({
              index: Number(r.getAttribute('data-index')),
              when: r.querySelector('.label-name')?.textContent ?? '',
              what: r.querySelector('.label-description')?.textContent ?? '',
            }))
            .sort((a, b) => a.index - b.index),
        );
      const entries = await until('ten timeline rows, Leon Trotsky among them', async () => {
        const es = await visible();
        return es.length >= 10 && es.some((e) => e.what.startsWith('Leon Trotsky')) && es;
      });
      for (let i = 1; i < entries.length; i++) {
        if (startKey(entries[i].when) < startKey(entries[i - 1].when)) {
          throw new Error(
            `"${entries[i].when} ${entries[i].what}" is listed after "${entries[i - 1].when} ${entries[i - 1].what}"`,
          );
        }
      }
      const people = ['Vladimir Lenin', 'Joseph Stalin', 'Leon Trotsky'].map((who) =>
        entries.findIndex((e) => e.what.startsWith(who)),
      );
      if (people.some((at, i) => at < 0 || (i > 0 && at < people[i - 1]))) {
        throw new Error(
          'Lenin, Stalin and Trotsky (born 1870, 1878, 1879) not in that order: ' +
            entries.map((e) => e.what).join(' | '),
        );
      }
      const file = await shoot(page, path.join(RESULTS_DIR, 'timeline.png'), [await view.boundingBox()], 0);
      return `${entries.length} rows on screen, ${entries
        .slice(0, 4)
        .map((e) => `${e.when} ${e.what}`)
        .join('; ')} … → ${file}`;
    });

    await step('clicking a timeline entry moves the cursor to the mention', async () => {
      // Trotsky's entry stands at his first mention in the note.
      const expected = lineCol(soviet, 'Trotsky');
      const before = await statusPosition(page);
      if (before.line === expected.line) throw new Error(`the cursor is already on line ${before.line}`);
      await rows.filter({ hasText: 'Leon Trotsky' }).first().click();
      const after = await until(`Ln ${expected.line}, Col ${expected.column} in the status bar`, async () => {
        const p = await statusPosition(page);
        return p.line === expected.line && p.column === expected.column && p;
      });
      const file = path.join(RESULTS_DIR, 'timeline-click.png');
      await page.screenshot({ path: file });
      const moved = `Ln ${before.line}, Col ${before.column} → Ln ${after.line}, Col ${after.column}`;
      return `${moved} → ${path.relative(process.cwd(), file)}`;
    });
  } finally {
    await browser.close();
  }
  log('browser pass done');
}
