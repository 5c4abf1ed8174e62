/**
 * The web server bundle (server/out/browserServer.js, the Web Worker script of the web extension) run in a bare
 * JavaScript context with a worker's globals only (no require, process, Buffer or setImmediate), spoken to with
 * vscode-jsonrpc through its `self.onmessage` / `postMessage`, as the web client does. The test answers the
 * server's requests for the workspace's files as the web client does (client/src/workspaceFiles.ts), from notes
 * in memory, and checks that every feature answers as the Node server does, and that go to definition leads to a
 * fact page.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createMessageConnection,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { until } from './lsp-client';

const BUNDLE = path.resolve(__dirname, '..', '..', 'server', 'out', 'browserServer.js');
const EXAMPLES = path.resolve(__dirname, '..', 'fixtures', 'example-notes');
const WS = 'vscode-remote://localhost:8080/home/student/notes';
/** The user's knowledge base folder (historyNotes.knowledgeBase.folders: ['my-kb']), as the client reads it. */
const ROME = JSON.stringify({
  entities: [
    {
      id: 'julius-caesar',
      kind: 'person',
      label: 'Julius Caesar',
      aliases: ['Caesar'],
      summary: 'Roman general and statesman, dictator of Rome.',
      sources: ['https://en.wikipedia.org/wiki/Julius_Caesar'],
    },
  ],
});

/** A worker's global scope in a fresh context: messages in through onmessage, out through postMessage. */
function startWorker(onMessage: (m: Message) => void): { deliver(m: Message): void; errors: string[] } {
  const errors: string[] = [];
  const scope: Record<string, unknown> = {
    console: { log() {}, info() {}, warn() {}, error: (...a: unknown[]) => errors.push(a.join(' ')) },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    structuredClone,
    TextEncoder,
    TextDecoder,
    URL,
    // A worker has MessageChannel too, but Node's would keep mocha alive once the server listens on a port.
    postMessage: (m: Message) => onMessage(JSON.parse(JSON.stringify(m))),
    addEventListener() {},
    removeEventListener() {},
  };
  scope.self = scope;
  const context = vm.createContext(scope);
  vm.runInContext(fs.readFileSync(BUNDLE, 'utf8'), context, { filename: BUNDLE });
  return {
    deliver: (m) => (scope.onmessage as (e: { data: unknown }) => void)({ data: JSON.parse(JSON.stringify(m)) }),
    errors,
  };
}

describe('web server (browserServer.js in a worker-like context)', function () {
  let connection: MessageConnection;
  let worker: ReturnType<typeof startWorker>;
  const notes = new Map<string, string>();
  const diagnostics = new Map<string, { message: string }[]>();
  const asked: string[] = [];
  let uri: string;
  let text: string;

  before(async () => {
    for (const f of fs.readdirSync(EXAMPLES)) notes.set(`${WS}/${f}`, fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));
    let callback: DataCallback | undefined;
    class Reader extends AbstractMessageReader {
      listen(cb: DataCallback): Disposable {
        callback = cb;
        return { dispose: () => (callback = undefined) };
      }
    }
    class Writer extends AbstractMessageWriter {
      async write(m: Message): Promise<void> {
        worker.deliver(m);
      }
      end(): void {}
    }
    worker = startWorker((m) => setTimeout(() => callback?.(m), 0));
    connection = createMessageConnection(new Reader(), new Writer());
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: [] }) => {
      diagnostics.set(p.uri, p.diagnostics);
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'historyNotes' ? { knowledgeBase: { folders: ['my-kb'] } } : null)),
    );
    connection.onRequest('historyNotes/readKnowledgeBase', (p: { folders: string[] }) =>
      p.folders.map((folder) =>
        folder === `${WS}/my-kb`
          ? { folder, files: [{ file: `${folder}/rome.json`, text: ROME }] }
          : { folder, files: [], error: 'no such folder' },
      ),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('historyNotes/listNotes', () => {
      asked.push('listNotes');
      return [...notes.keys()];
    });
    connection.onRequest('historyNotes/readNotes', (p: { uris: string[] }) => {
      asked.push(`readNotes ${p.uris.length}`);
      return p.uris.map((u) => (notes.has(u) ? { text: notes.get(u) } : null));
    });
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: null,
      rootUri: WS,
      workspaceFolders: [{ uri: WS, name: 'notes' }],
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await connection.sendNotification('initialized', {});
    uri = `${WS}/power-struggle.md`;
    text = notes.get(uri)!;
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
  });
  after(() => connection?.dispose());

  function posOf(needle: string, offset = 1): { line: number; character: number } {
    const i = text.indexOf(needle);
    assert.ok(i >= 0, needle);
    const before = text.slice(0, i + offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  }

  it('reaches for no network: no fetch, XMLHttpRequest, WebSocket or importScripts in the bundle', () => {
    // The list of common words (recogniser/plainWords.ts) holds the word "fetch"; it is data, not code.
    const code = fs.readFileSync(BUNDLE, 'utf8').replace(/PLAIN_WORDS = \[[^\]]*\]/, '');
    assert.doesNotMatch(code, /\b(fetch|XMLHttpRequest|WebSocket|importScripts)\b/);
  });

  it('answers hover with the fact card from the bundled knowledge base', async () => {
    const h = await connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: posOf('**Trotsky**', 3),
    });
    assert.match(h.contents.value, /^### Leon Trotsky$/m);
    assert.match(h.contents.value, /1879/);
  });

  it('offers completions', async () => {
    const list = await connection.sendRequest<{ items: { label: string }[] }>('textDocument/completion', {
      textDocument: { uri },
      position: posOf('Zinoviev** and', 3),
      context: { triggerKind: 1 },
    });
    assert.ok(list.items.some((i) => i.label === 'Grigory Zinoviev'));
  });

  it('finds references across the notes the client listed and read', async () => {
    const refs = await connection.sendRequest<{ uri: string }[]>('textDocument/references', {
      textDocument: { uri },
      position: posOf('**Trotsky**', 3),
      context: { includeDeclaration: false },
    });
    const files = new Set(refs.map((r) => r.uri.slice(WS.length + 1)));
    assert.ok(files.has('power-struggle.md') && files.has('economy.md') === false, [...files].join());
    assert.ok(files.size >= 2, [...files].join());
    assert.ok(asked.includes('listNotes') && asked.some((a) => a.startsWith('readNotes')), asked.join());
    // The reads of one batch went as one request.
    assert.ok(asked.filter((a) => a.startsWith('readNotes')).length < notes.size, asked.join());
  });

  it('goes to a read-only fact page, which the server serves', async () => {
    const defs = await connection.sendRequest<{ uri: string }[]>('textDocument/definition', {
      textDocument: { uri },
      position: posOf('**Trotsky**', 3),
    });
    assert.strictEqual(defs.length, 1);
    const m = /^history-notes:\/entity\/(.+)\.md$/.exec(defs[0].uri);
    assert.ok(m, defs[0].uri);
    const page = await connection.sendRequest<string>('historyNotes/factPage', { id: decodeURIComponent(m[1]) });
    assert.match(page, /^### Leon Trotsky$/m);
  });

  it('publishes fact-check findings', async () => {
    const slips = `${WS}/slips.md`;
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: slips, languageId: 'markdown', version: 1, text: notes.get(slips) },
    });
    const found = await until(
      () => (diagnostics.get(slips)?.length ? diagnostics.get(slips) : undefined),
      10000,
      'diagnostics',
    );
    assert.ok(
      found.some((d) => /Leningrad/.test(d.message)),
      found.map((d) => d.message).join('\n'),
    );
  });

  it("reads the user's knowledge base folder through the client; definition opens the user's file", async () => {
    const note = `${WS}/rome.md`;
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: note, languageId: 'markdown', version: 1, text: 'Caesar and Trotsky\n' },
    });
    const at = { textDocument: { uri: note }, position: { line: 0, character: 2 } };
    await until(
      async () =>
        (
          await connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', at)
        )?.contents.value.includes('Julius Caesar'),
      10000,
      'the user entity',
    );
    const defs = await connection.sendRequest<{ uri: string; range: { start: { line: number } } }[]>(
      'textDocument/definition',
      at,
    );
    assert.deepStrictEqual(
      defs.map((d) => d.uri),
      [`${WS}/my-kb/rome.json`],
    );
  });

  it('re-reads a note the client says changed on disk', async () => {
    const added = `${WS}/new-note.md`;
    notes.set(added, 'Bukharin was right about NEP.');
    await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: added, type: 1 }] });
    await until(
      async () => {
        const symbols = await connection.sendRequest<{ location: { uri: string } }[]>('workspace/symbol', {
          query: 'Bukharin',
        });
        return symbols.length > 0;
      },
      10000,
      'the new note indexed',
    );
    assert.deepStrictEqual(worker.errors, []);
  });
});
