/**
 * The real server over stdio, abused: requests before initialize, positions past the end, unknown and non-file
 * URIs, malformed parameters, changes that do not fit, a cancelled request, a 50 MB note, a binary file named
 * .md, a flood of keystrokes. Each gets a proper LSP error or a graceful answer, the server stays up, and the
 * next request is answered correctly; an internal error is logged (window/logMessage), never thrown.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { applyToText } from '../properties';
import { startServer, until, type Session } from './lsp-client';

const NOTE = 'Trotsky met Stalin in 1924.\nZionev spoke at the 13th Party Congress.\n';
const MB = 1024 * 1024;

interface HoverResult {
  contents: { value: string };
  range: unknown;
}

/** The LSP error code a request fails with, or undefined when it succeeds. */
async function errorCode(s: Session, method: string, params: unknown): Promise<number | undefined> {
  try {
    await s.connection.sendRequest(method, params);
    return undefined;
  } catch (err) {
    assert.ok(err instanceof ResponseError, `not an LSP error: ${err}`);
    return err.code;
  }
}

function hover(s: Session, uri: string, line: number, character: number): Promise<HoverResult | null> {
  return s.connection.sendRequest<HoverResult | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line, character },
  });
}

function open(s: Session, uri: string, text: string, version = 1): Promise<void> {
  return s.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version, text },
  });
}

/** The server is up and right: a hover on a fresh note names Trotsky. */
async function answersCorrectly(s: Session): Promise<void> {
  const uri = `file:///healthy-${Math.random().toString(36).slice(2)}.md`;
  await open(s, uri, NOTE);
  const h = await hover(s, uri, 0, 3);
  assert.match(h?.contents.value ?? '', /^### Leon Trotsky$/m, 'the next request is answered correctly');
  await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  assert.strictEqual(s.child.exitCode, null, 'the server is still running');
}

describe('protocol abuse', function () {
  this.timeout(60_000);
  let dir: string;
  let s: Session;
  let uri: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-abuse-'));
    fs.writeFileSync(path.join(dir, 'note.md'), NOTE);
    // 50 MB of real prose on disk, and a binary file named like a note.
    const line = 'Trotsky met Stalin in 1924 and Zionev spoke.\n';
    fs.writeFileSync(path.join(dir, 'huge.md'), line.repeat(Math.ceil((50 * MB) / line.length)));
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + (i >> 3)) & 0xff;
    fs.writeFileSync(path.join(dir, 'binary.md'), bytes);
    s = await startServer(dir);
    uri = pathToFileURL(path.join(dir, 'note.md')).href;
    await open(s, uri, NOTE);
  });
  after(async () => {
    await s?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await answersCorrectly(s);
    assert.ok(!s.stderr.join('').match(/uncaught|unhandled/i), s.stderr.join(''));
  });

  it('answers a request before initialize with ServerNotInitialized, then works once initialised', async () => {
    const early = await startServer(undefined, false);
    try {
      assert.strictEqual(
        await errorCode(early, 'textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }),
        -32002,
      );
      assert.strictEqual(await errorCode(early, 'workspace/symbol', { query: 'x' }), -32002);
      await open(early, uri, NOTE);
      await early.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await early.connection.sendNotification('initialized', {});
      await answersCorrectly(early);
    } finally {
      await early.close();
    }
  });

  it('answers positions past the end of a line or of the note gracefully', async () => {
    for (const [line, character] of [
      [0, 1000],
      [1, 10_000],
      [2, 0],
      [1000, 0],
      [2 ** 31 - 1, 2 ** 31 - 1],
    ]) {
      const position = { line, character };
      assert.strictEqual(await hover(s, uri, line, character), null);
      await s.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position });
      await s.connection.sendRequest('textDocument/references', {
        textDocument: { uri },
        position,
        context: { includeDeclaration: true },
      });
      assert.deepStrictEqual(
        await s.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri }, position }),
        [],
      );
      await s.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: position, end: position },
        context: { diagnostics: [] },
      });
    }
    // Completion past the end of a line edits inside the line.
    const list = await s.connection.sendRequest<{
      items: { textEdit: { range: { start: { character: number }; end: { character: number } } } }[];
    }>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 0, character: 500 },
      context: { triggerKind: 1 },
    });
    for (const item of list.items)
      assert.ok(item.textEdit.range.end.character <= NOTE.indexOf('\n'), JSON.stringify(item.textEdit));
  });

  it('treats unknown and non-file URIs as notes without a file', async () => {
    assert.strictEqual(await hover(s, 'file:///nowhere/never-opened.md', 0, 0), null);
    for (const other of [
      'untitled:Untitled-1',
      'http://example.org/note.md',
      'vscode-notebook-cell:/x.ipynb#cell1',
      'file://%zz/bad.md',
      'not a uri at all',
    ]) {
      await open(s, other, NOTE);
      const h = await hover(s, other, 0, 3);
      assert.match(h?.contents.value ?? '', /Leon Trotsky/, other);
      await s.connection.sendRequest('textDocument/references', {
        textDocument: { uri: other },
        position: { line: 0, character: 3 },
        context: { includeDeclaration: false },
      });
      await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: other } });
    }
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: 'untitled:Untitled-1', type: 2 },
        { uri: 'file://%zz/bad.md', type: 1 },
        { uri: 'file:///gone/away.md', type: 3 },
      ],
    });
  });

  it('answers malformed parameters with InvalidParams', async () => {
    const bad: [string, unknown][] = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: {}, position: { line: 0, character: 0 } }],
      ['textDocument/hover', { textDocument: { uri: 5 }, position: { line: 0, character: 0 } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: '0', character: 0 } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 0 } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 0.5, character: 0 } }],
      ['textDocument/hover', { textDocument: { uri } }],
      ['textDocument/hover', null],
      ['textDocument/hover', [uri, 0, 0]],
      ['textDocument/completion', { textDocument: { uri }, position: null }],
      ['textDocument/definition', { position: { line: 0, character: 0 } }],
      ['textDocument/references', { textDocument: { uri }, position: { line: 0, character: NaN } }],
      ['textDocument/documentHighlight', { textDocument: null, position: { line: 0, character: 0 } }],
      ['textDocument/documentSymbol', {}],
      ['textDocument/codeAction', { textDocument: { uri }, context: { diagnostics: [] } }],
      [
        'textDocument/codeAction',
        { textDocument: { uri }, range: { start: { line: 0 } }, context: { diagnostics: [] } },
      ],
      ['completionItem/resolve', null],
      ['textDocument/semanticTokens/range', { textDocument: { uri }, range: 'all' }],
    ];
    for (const [method, params] of bad)
      assert.strictEqual(await errorCode(s, method, params), -32602, `${method} ${JSON.stringify(params)}`);
    assert.strictEqual(await errorCode(s, 'textDocument/noSuchThing', {}), -32601);
    // Well-formed but odd: a workspace symbol query that is not a string, a completion item without data.
    assert.ok(Array.isArray(await s.connection.sendRequest('workspace/symbol', { query: 42 })));
    await s.connection.sendRequest('completionItem/resolve', { label: 'x', data: { id: { not: 'a string' } } });
  });

  it('ignores malformed notifications, saying so in the output', async () => {
    const notifications: [string, unknown][] = [
      ['textDocument/didOpen', {}],
      ['textDocument/didOpen', { textDocument: null }],
      ['textDocument/didOpen', { textDocument: { uri: 7, text: 'x' } }],
      ['textDocument/didOpen', { textDocument: { uri: 'file:///t.md', text: 42 } }],
      ['textDocument/didChange', { textDocument: { uri }, contentChanges: null }],
      ['textDocument/didChange', null],
      ['textDocument/didClose', {}],
      ['textDocument/didClose', { textDocument: { uri: 12 } }],
      ['workspace/didChangeWatchedFiles', { changes: 5 }],
      ['workspace/didChangeWatchedFiles', { changes: [null, { uri: 3, type: 1 }, { type: 2 }] }],
      ['workspace/didChangeWatchedFiles', {}],
      ['workspace/didChangeConfiguration', null],
      ['$/cancelRequest', { id: 'nothing' }],
      ['$/setTrace', { value: 'bogus' }],
      ['textDocument/didSave', { textDocument: { uri } }],
      ['unknown/notification', [1, 2]],
    ];
    for (const [method, params] of notifications) await s.connection.sendNotification(method, params);
    // The note itself is untouched by all that.
    assert.match((await hover(s, uri, 1, 2))?.contents.value ?? '', /Grigory Zinoviev/);
    assert.doesNotMatch(s.stderr.join(''), /unhandled rejection/i);
    await until(
      () =>
        s.logs.some((l) => /didClose without a document URI was ignored/.test(l)) &&
        s.logs.some((l) => /watched-file change without a URI/.test(l)),
      5000,
      'the slips named in the output',
    );
  });

  it('logs an internal error and answers with an empty result', async () => {
    const before = s.logs.length;
    // Diagnostics of ours whose range is missing: the code-action provider trips over them.
    const actions = await s.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      context: { diagnostics: [{ source: 'history-notes', message: 'x', code: 'misspelling', data: { fix: 'y' } }] },
    });
    assert.ok(Array.isArray(actions));
    assert.ok(
      s.logs.slice(before).some((l) => /History Notes: code actions failed/.test(l)),
      s.logs.slice(before).join('\n'),
    );
  });

  it('applies changes whose ranges do not fit as a text document would, and skips malformed ones', async () => {
    const doc = 'file:///changes.md';
    let text = 'Stalin\nKamenev';
    await open(s, doc, text);
    const changes = [
      { range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: '\nTrotsky' },
      { range: { start: { line: 1, character: 99 }, end: { line: 0, character: 3 } }, text: 'lin then ' },
      { range: { start: { line: -4, character: -4 }, end: { line: 0, character: 0 } }, text: 'Kirov\r' },
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '\nZinoviev ' },
    ];
    const malformed = [{ range: { start: { line: 0 } }, text: 'X' }, { range: 'all', text: 'X' }, { text: 42 }, null];
    let version = 2;
    for (const c of changes) {
      text = applyToText(text, c);
      await s.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: doc, version: version++ },
        contentChanges: [c, ...malformed],
      });
    }
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: doc, version: version++ },
      contentChanges: 'not a list',
    });
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///not-open.md', version: 1 },
      contentChanges: [{ text: 'x' }],
    });
    await s.connection.sendNotification('textDocument/didChange', {});
    // The server's note is the text the changes make: every mention where the text has it.
    const lines = text.split(/\r\n|\r|\n/);
    for (const [name, label] of [
      ['Kirov', 'Sergei Kirov'],
      ['Stalin', 'Joseph Stalin'],
      ['Trotsky', 'Leon Trotsky'],
      ['Zinoviev', 'Grigory Zinoviev'],
    ]) {
      const line = lines.findIndex((l) => l.includes(name));
      assert.ok(line >= 0, `${name} in ${JSON.stringify(text)}`);
      const h = await hover(s, doc, line, lines[line].indexOf(name) + 1);
      assert.match(h?.contents.value ?? '', new RegExp(label), `${name} at line ${line} of ${JSON.stringify(text)}`);
    }
    assert.ok(
      s.logs.some((l) => /malformed content change/.test(l)),
      'malformed changes are logged',
    );
  });

  it('cancels a long references request with RequestCancelled', async () => {
    // A workspace large enough that indexing is still running when the request comes and is cancelled.
    const big = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-cancel-'));
    const NOTES = 1000;
    const body = 'Trotsky met Stalin in 1924.\nKamenev and Zinoviev, then Trotsky again.\n'.repeat(10);
    for (let i = 0; i < NOTES; i++) fs.writeFileSync(path.join(big, `n${i}.md`), body);
    const c = await startServer(big);
    try {
      const first = pathToFileURL(path.join(big, 'n0.md')).href;
      await open(c, first, body);
      const params = {
        textDocument: { uri: first },
        position: { line: 0, character: 2 },
        context: { includeDeclaration: false },
      };
      const source = new CancellationTokenSource();
      const pending = c.connection.sendRequest('textDocument/references', params, source.token);
      source.cancel();
      await assert.rejects(pending, (err: unknown) => err instanceof ResponseError && err.code === -32800);
      // Not cancelled, the same request finds every mention in every note once indexing is done.
      const refs = await until(
        async () => {
          const r = await c.connection.sendRequest<{ uri: string }[]>('textDocument/references', params);
          return new Set(r.map((x) => x.uri)).size === NOTES ? r : undefined;
        },
        30_000,
        'references in every note',
      );
      assert.strictEqual(refs.length, NOTES * 20);
      await answersCorrectly(c);
    } finally {
      await c.close();
      fs.rmSync(big, { recursive: true, force: true });
    }
  });

  it('leaves a 50 MB note out of the index and out of analysis, with a clear message', async () => {
    const huge = pathToFileURL(path.join(dir, 'huge.md')).href;
    await until(
      () => s.logs.some((l) => /huge\.md is larger than 10 MB/.test(l)),
      10_000,
      'the message about huge.md from indexing',
    );
    const text = fs.readFileSync(path.join(dir, 'huge.md'), 'utf8');
    await open(s, huge, text);
    await until(
      () => s.logs.some((l) => /huge\.md is larger than 10 MB.*not analysed/.test(l)),
      10_000,
      'the warning on opening huge.md',
    );
    assert.strictEqual(await hover(s, huge, 0, 2), null);
    // Typing in it changes nothing; the references of Trotsky do not include it.
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: huge, version: 2 },
      contentChanges: [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Kamenev ' },
      ],
    });
    assert.strictEqual(await hover(s, huge, 0, 2), null);
    const refs = await s.connection.sendRequest<{ uri: string }[]>('textDocument/references', {
      textDocument: { uri },
      position: { line: 0, character: 2 },
      context: { includeDeclaration: false },
    });
    assert.ok(!refs.some((r) => r.uri === huge));
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: huge } });
  });

  it('honours historyNotes.maxFileSizeMB, on disk and in the editor', async () => {
    const small = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-limit-'));
    const line = 'Trotsky met Stalin in 1924.\n';
    const over = line.repeat(Math.ceil((600 * 1024) / line.length));
    fs.writeFileSync(path.join(small, 'over.md'), over);
    fs.writeFileSync(path.join(small, 'under.md'), line.repeat(100));
    const c = await startServer(small, true, { historyNotes: { maxFileSizeMB: 0.5 } });
    try {
      await until(
        () =>
          c.logs.some((l) =>
            /over\.md is larger than 512 KB \(historyNotes\.maxFileSizeMB\); it is not indexed/.test(l),
          ),
        10_000,
        'the limit applied to indexing',
      );
      const overUri = pathToFileURL(path.join(small, 'over.md')).href,
        underUri = pathToFileURL(path.join(small, 'under.md')).href;
      await open(c, overUri, over);
      await until(
        () => c.logs.some((l) => /over\.md is larger than 512 KB.*it is not analysed/.test(l)),
        10_000,
        'the limit applied in the editor',
      );
      assert.strictEqual(await hover(c, overUri, 0, 2), null);
      // Replaced whole by a text under the limit, it is analysed again.
      await c.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: overUri, version: 2 },
        contentChanges: [{ text: line }],
      });
      assert.match((await hover(c, overUri, 0, 2))?.contents.value ?? '', /Leon Trotsky/);
      const refs = await until(
        async () => {
          const r = await c.connection.sendRequest<{ uri: string }[]>('textDocument/references', {
            textDocument: { uri: overUri },
            position: { line: 0, character: 2 },
            context: { includeDeclaration: false },
          });
          return r.some((x) => x.uri === underUri) ? r : undefined;
        },
        10_000,
        'the note under the limit indexed',
      );
      assert.strictEqual(refs.filter((x) => x.uri === underUri).length, 100);
      await answersCorrectly(c);
    } finally {
      await c.close();
      fs.rmSync(small, { recursive: true, force: true });
    }
  });

  it('takes a binary file named .md without harm: skipped on disk, inert when opened', async () => {
    const bin = pathToFileURL(path.join(dir, 'binary.md')).href;
    await until(
      () => s.logs.some((l) => /binary\.md is not a text file/.test(l)),
      10_000,
      'the message about binary.md',
    );
    await open(s, bin, fs.readFileSync(path.join(dir, 'binary.md')).toString('utf8'));
    for (let line = 0; line < 50; line += 7) {
      await hover(s, bin, line, 3);
      await s.connection.sendRequest('textDocument/completion', {
        textDocument: { uri: bin },
        position: { line, character: 5 },
      });
    }
    await s.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: bin } });
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: bin } });
  });

  it('keeps up with a flood of keystrokes and publishes diagnostics for the last version', async () => {
    const doc = 'file:///flood.md';
    await open(s, doc, '');
    const typed = 'Trotsky and Zionev met Stalin in 1924. '.repeat(60);
    let line = 0,
      character = 0,
      version = 1;
    for (let i = 0; i < typed.length; i++) {
      await s.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: doc, version: ++version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: typed[i] }],
      });
      character++;
      if (character > 200 && typed[i] === ' ' && i < typed.length - 1) {
        await s.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri: doc, version: ++version },
          contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: '\n' }],
        });
        line++;
        character = 0;
      }
    }
    // The last words typed: "… met Stalin in 1924. "
    const h = await hover(s, doc, line, character - 'Stalin in 1924. '.length + 2);
    assert.match(h?.contents.value ?? '', /Joseph Stalin/);
    const diags = await until(
      () => {
        const d = s.diagnostics.get(doc) as { message: string }[] | undefined;
        return d && d.filter((x) => /Zionev/.test(x.message)).length === 60 ? d : undefined;
      },
      10_000,
      'diagnostics of the last version',
    );
    assert.ok(diags.length >= 60);
  });
});
