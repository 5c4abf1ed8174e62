/**
 * The real server over stdio, on a fixture workspace: initialize, hover, completion, definition, references,
 * symbols and diagnostics, as any LSP client would ask for them.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { startServer, until, type Session } from './lsp-client';

const EXAMPLES = path.resolve(__dirname, '..', 'fixtures', 'example-notes');

describe('language server over stdio', function () {
  let s: Session;
  let dir: string;
  let uri: string;
  let text: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-proto-'));
    for (const f of fs.readdirSync(EXAMPLES)) fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, f));
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.writeFileSync(path.join(dir, 'node_modules', 'ignored.md'), 'Trotsky Trotsky Trotsky');
    s = await startServer(dir);
    uri = pathToFileURL(path.join(dir, 'power-struggle.md')).href;
    text = fs.readFileSync(path.join(dir, 'power-struggle.md'), 'utf8');
    await s.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
  });
  after(async () => {
    await s?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function posOf(needle: string, offset = 1): { line: number; character: number } {
    const i = text.indexOf(needle);
    assert.ok(i >= 0, needle);
    const before = text.slice(0, i + offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  }

  it('answers hover with the fact card', async () => {
    const h = await s.connection.sendRequest<{ contents: { kind: string; value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: posOf('**Trotsky**', 3),
    });
    assert.strictEqual(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /^### Leon Trotsky$/m);
    assert.match(h.contents.value, /1879/);
  });

  it('offers completions for a capitalised prefix and resolves them', async () => {
    const pos = posOf('Zinoviev** and', 3);
    const list = await s.connection.sendRequest<{ items: { label: string; data: unknown }[] }>(
      'textDocument/completion',
      { textDocument: { uri }, position: pos, context: { triggerKind: 1 } },
    );
    const item = list.items.find((i) => i.label === 'Grigory Zinoviev');
    assert.ok(item, JSON.stringify(list.items.map((i) => i.label)));
    const resolved = await s.connection.sendRequest<{ documentation: { value: string } }>(
      'completionItem/resolve',
      item,
    );
    assert.match(resolved.documentation.value, /Grigory Zinoviev/);
  });

  it('goes to the definition in the knowledge base', async () => {
    const locs = await s.connection.sendRequest<{ uri: string; range: { start: { line: number } } }[]>(
      'textDocument/definition',
      { textDocument: { uri }, position: posOf('**Stalin**', 3) },
    );
    assert.strictEqual(locs.length, 1);
    const line = fs.readFileSync(new URL(locs[0].uri), 'utf8').split('\n')[locs[0].range.start.line];
    assert.match(line, /"id": "joseph-stalin"/);
  });

  it('finds references across notes, misspellings included, and skips node_modules', async () => {
    const pos = posOf('**Zinoviev**', 3);
    const refs = await until(
      async () => {
        const r = await s.connection.sendRequest<{ uri: string }[]>('textDocument/references', {
          textDocument: { uri },
          position: pos,
          context: { includeDeclaration: false },
        });
        return r.some((x) => x.uri.endsWith('terror.md')) ? r : undefined;
      },
      10000,
      'references in terror.md',
    );
    const files = new Set(refs.map((r) => path.basename(new URL(r.uri).pathname)));
    assert.deepStrictEqual([...files].sort(), ['power-struggle.md', 'slips.md', 'terror.md']);
    const zionev = text.split('\n').findIndex((l) => l.includes('Zionev'));
    assert.ok(
      refs.some((r: { range?: { start: { line: number } } } & { uri: string }) => r.range!.start.line === zionev),
      'the misspelling is a reference too',
    );
    const trotsky = await s.connection.sendRequest<{ uri: string }[]>('textDocument/references', {
      textDocument: { uri },
      position: posOf('**Trotsky**', 3),
      context: { includeDeclaration: false },
    });
    assert.ok(!trotsky.some((r) => r.uri.includes('node_modules')));
  });

  it('lists document and workspace symbols', async () => {
    const doc = await s.connection.sendRequest<{ name: string; children: { name: string }[] }[]>(
      'textDocument/documentSymbol',
      { textDocument: { uri } },
    );
    const people = doc.find((g) => g.name === 'People');
    assert.ok(people && people.children.some((c) => c.name === 'Leon Trotsky'));
    const ws = await s.connection.sendRequest<{ name: string }[]>('workspace/symbol', { query: 'bukharin' });
    assert.ok(ws.some((x) => x.name === 'Nikolai Bukharin'));
  });

  it('publishes diagnostics for misspelt names, and fixes through code actions', async () => {
    const diags = (await until(() => s.diagnostics.get(uri), 5000, 'diagnostics')) as {
      message: string;
      range: unknown;
      code: string;
      source: string;
    }[];
    const zionev = diags.find((d) => /Zionev/.test(d.message));
    assert.ok(zionev, JSON.stringify(diags));
    const actions = await s.connection.sendRequest<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: zionev.range,
      context: { diagnostics: diags },
    });
    assert.ok(
      actions.some((a) => a.title === 'Change to “Zinoviev”'),
      JSON.stringify(actions.map((a) => a.title)),
    );
  });

  it('follows incremental edits', async () => {
    const lines = text.split('\n');
    const last = lines.length - 1;
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: last, character: 0 }, end: { line: last, character: 0 } }, text: 'Kamenev ' },
      ],
    });
    const h = await s.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: last, character: 2 },
    });
    assert.match(h!.contents.value, /Kamenev/);
  });

  it('reports findings for a note that changes on disk while closed, and clears them when it is deleted', async () => {
    const file = path.join(dir, 'closed.md');
    const closed = pathToFileURL(file).href;
    fs.writeFileSync(file, 'Zionev spoke at the 13th Party Congress in January 1924.\n');
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: closed, type: 1 }] });
    const diags = (await until(() => s.diagnostics.get(closed), 5000, 'diagnostics of a closed note')) as {
      code: string;
    }[];
    assert.deepStrictEqual(diags.map((d) => d.code).sort(), ['confusion', 'misspelling']);
    fs.rmSync(file);
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: closed, type: 3 }] });
    await until(() => s.diagnostics.get(closed)?.length === 0, 5000, 'cleared diagnostics');
  });
});
