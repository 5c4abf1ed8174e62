/**
 * No network access at run time: everything is bundled. The bundles load no HTTP, TLS or DNS module and call no
 * fetch; and the real server, run with every way out of the machine trapped, does its whole job (indexing,
 * a user knowledge base with source URLs, every feature) without reaching for one.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { startServer, until } from './lsp-client';

const OUT = path.resolve(__dirname, '..', '..', 'server', 'out');

/** Preloaded into the server: every outgoing connection throws and is reported on stderr. */
const TRAP = `
const trap = (name) => function () {
  process.stderr.write('NETWORK ACCESS: ' + name + '\\n');
  throw new Error('network access: ' + name);
};
const net = require('net'), http = require('http'), https = require('https');
const tls = require('tls'), dns = require('dns');
net.connect = net.createConnection = trap('net.connect');
net.Socket.prototype.connect = trap('net.Socket.connect');
for (const m of [http, https]) { m.request = trap('http(s).request'); m.get = trap('http(s).get'); }
tls.connect = trap('tls.connect');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
  dns[k] = trap('dns.' + k);
  if (dns.promises[k]) dns.promises[k] = trap('dns.promises.' + k);
}
globalThis.fetch = trap('fetch');
globalThis.WebSocket = trap('WebSocket');
`;

describe('no network access', function () {
  this.timeout(60_000);

  it('bundles no HTTP, TLS or DNS client and calls no fetch', () => {
    for (const bundle of ['server.js', 'cli.js', 'index-worker.js']) {
      const file = path.join(OUT, bundle);
      if (!fs.existsSync(file)) continue;
      const code = fs.readFileSync(file, 'utf8');
      const modules = [...code.matchAll(/require\("(?:node:)?([a-z_0-9/]+)"\)/g)].map((m) => m[1]);
      const outgoing = modules.filter((m) => /^(https?|http2|tls|dns|dgram|undici)$/.test(m));
      assert.deepStrictEqual(outgoing, [], `${bundle} loads ${outgoing.join(', ')}`);
      assert.doesNotMatch(code, /\bfetch\(|XMLHttpRequest|new WebSocket/, `${bundle} reaches for the network`);
    }
  });

  it('runs the whole server with every outgoing connection trapped, and trips none', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-net-'));
    const trap = path.join(dir, 'trap.cjs');
    fs.writeFileSync(trap, TRAP);
    fs.mkdirSync(path.join(dir, 'my-kb'));
    fs.writeFileSync(
      path.join(dir, 'my-kb', 'web.json'),
      JSON.stringify({
        entities: [
          {
            id: 'tim-berners-lee',
            kind: 'person',
            label: 'Tim Berners-Lee',
            aliases: ['Berners-Lee'],
            summary: 'Inventor of the World Wide Web, at CERN.',
            sources: ['https://www.w3.org/People/Berners-Lee/', 'http://info.cern.ch/'],
          },
        ],
      }),
    );
    const text =
      'Trotsky met Stalin in 1924; Berners-Lee came later. Zionev.' +
      ' See https://example.org/x and <https://example.org/y>.\n';
    fs.writeFileSync(path.join(dir, 'note.md'), text);
    const saved = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = `${saved ?? ''} --require ${trap}`.trim();
    let s;
    try {
      s = await startServer(dir, true, { historyNotes: { knowledgeBase: { folders: ['my-kb'] } } });
    } finally {
      if (saved === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = saved;
    }
    try {
      const uri = pathToFileURL(path.join(dir, 'note.md')).href;
      await s.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text },
      });
      const card = await until(
        async () => {
          const h = await s.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
            textDocument: { uri },
            position: { line: 0, character: 30 },
          });
          return h?.contents.value.includes('Tim Berners-Lee') ? h.contents.value : undefined;
        },
        10_000,
        'the user knowledge base',
      );
      assert.match(card, /https:\/\/www\.w3\.org/);
      const at = { textDocument: { uri }, position: { line: 0, character: 2 } };
      await s.connection.sendRequest('textDocument/hover', at);
      await s.connection.sendRequest('textDocument/completion', { ...at, context: { triggerKind: 1 } });
      await s.connection.sendRequest('textDocument/definition', at);
      await s.connection.sendRequest('textDocument/references', { ...at, context: { includeDeclaration: true } });
      await s.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      await s.connection.sendRequest('workspace/symbol', { query: 'lee' });
      const diags = await until(() => s!.diagnostics.get(uri), 5000, 'diagnostics');
      await s.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 80 } },
        context: { diagnostics: diags },
      });
      assert.doesNotMatch(s.stderr.join(''), /NETWORK ACCESS/);
      assert.ok(!s.logs.some((l) => /network access/i.test(l)), s.logs.join('\n'));
    } finally {
      await s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
