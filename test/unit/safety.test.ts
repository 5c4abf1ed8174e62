/**
 * Safety: what a knowledge base file or a note says is shown, never run. Hover and completion Markdown carries
 * no raw HTML and no link but https; the client does not trust it; a broken or hostile knowledge base file
 * loads what it can, reports the rest, and executes nothing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { MarkupContent } from 'vscode-languageserver-types';
import { nodeKnowledgeBase } from '../../server/src/kb/bundled';
import { loadKnowledgeBase } from '../../server/src/kb/load';
import { sourceLink } from '../../server/src/service/markdownText';
import { LanguageService } from '../../server/src/service/languageService';
import { MemoryWorkspace } from '../../server/src/workspace/workspace';
import { ROOT, SCHEMA, throwingLogger } from '../helpers';

// markdown-it comes with @vscode/vsce: a CommonMark renderer, here with raw HTML allowed, the most lenient.
const MarkdownIt = require('markdown-it') as new (o: object) => { render(s: string): string };
const renderer = new MarkdownIt({ html: true, linkify: true });

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[run](command:workbench.action.terminal.new)',
  '<a href="command:workbench.action.reloadWindow">reload</a>',
  '![pic](command:x)',
  '<command:y>',
  '[ref]: command:z',
  '&lt;b&gt;',
  '<!-- -->',
  '[x](javascript:alert(1))',
  '<iframe src="command:q">',
  'a | b',
  '*not* _em_',
].join(' ');

function entity(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    kind: 'person',
    label: id,
    aliases: [],
    summary: `${id}, for a test.`,
    sources: ['https://example.org/'],
    ...extra,
  };
}

function tempFolder(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-safety-'));
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), body);
  return dir;
}

/** What the Markdown becomes as HTML: only these tags, and links only to https pages. */
function assertInert(markdown: string, where: string): void {
  const html = renderer.render(markdown);
  const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase());
  const allowed = new Set(['p', 'h3', 'em', 'strong', 'ul', 'li', 'a', 'code', 'br', 'hr']);
  assert.deepStrictEqual(
    tags.filter((t) => !allowed.has(t)),
    [],
    `${where}: raw HTML in ${html}`,
  );
  for (const m of html.matchAll(/\b(?:href|src)="([^"]*)"/g))
    assert.match(m[1], /^https?:\/\//, `${where}: a link to ${m[1]}`);
  assert.doesNotMatch(html, /command:[^\s<]*"/, `${where}: a command link in ${html}`);
}

describe('safety', () => {
  describe('hover and completion Markdown from a hostile knowledge base', () => {
    let dir: string;
    let service: LanguageService;
    const uri = 'file:///notes/evil.md';
    before(() => {
      dir = tempFolder({
        'evil.json': JSON.stringify({
          entities: [
            entity('ivan-evilov', {
              label: `Ivan Evilov ${HOSTILE}`,
              aliases: ['Evilov', '[Evilovich](command:x)'],
              summary: `A man. ${HOSTILE}`,
              fate: HOSTILE,
              born: { date: '1890-01-01', source: 'https://example.org/a)](command:born)' },
              facts: [
                {
                  date: '1924',
                  text: `Did things. ${HOSTILE}`,
                  source: 'https://example.org/"><img/src=x/onerror=alert(1)>',
                },
              ],
              roles: [{ title: HOSTILE, from: '1920', to: '1930', source: 'https://example.org/' }],
              names: [{ name: 'Evilgrad <b>', from: '1920', to: '1930', source: 'https://example.org/' }],
              sources: [
                'https://example.org/wiki/Evil_(person)',
                'https://example.org/x)](command:source)',
                `https://example.org/${encodeURIComponent('<script>')}`,
              ],
            }),
          ],
        }),
      });
      const loaded = loadKnowledgeBase([dir], SCHEMA);
      assert.deepStrictEqual(loaded.problems, []);
      service = new LanguageService({
        kb: nodeKnowledgeBase(loaded),
        workspace: new MemoryWorkspace(new Map()),
        logger: throwingLogger,
      });
      service.openNote(uri, 1, 'Evilov met Evilov in 1924.\nHe met Evi');
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('escapes every string of the fact card in a hover, which stays untrusted Markdown', () => {
      const h = service.hover(uri, { line: 0, character: 2 })!;
      const contents = h.contents as MarkupContent;
      assert.strictEqual(contents.kind, 'markdown');
      assert.deepStrictEqual(
        Object.keys(contents).sort(),
        ['kind', 'value'],
        'no isTrusted, no supportHtml: plain MarkupContent',
      );
      assert.match(contents.value, /Ivan Evilov/);
      assertInert(contents.value, 'hover');
      // The date hover lists the same entity's facts.
      assertInert((service.hover(uri, { line: 0, character: 22 })!.contents as MarkupContent).value, 'date hover');
    });

    it('escapes the completion item and its resolved fact card', () => {
      const list = service.completion(uri, { line: 1, character: 10 }, false);
      const item = list.items.find((i) => i.data?.id === 'ivan-evilov');
      assert.ok(item, JSON.stringify(list.items.map((i) => i.label)));
      const doc = service.resolveCompletion(item).documentation as MarkupContent;
      assert.strictEqual(doc.kind, 'markdown');
      assertInert(doc.value, 'completion');
    });

    it('links sources only to plain http(s) URLs', () => {
      for (const url of [
        'command:x',
        'javascript:alert(1)',
        'https://a.org/x)](command:y)',
        'https://a.org/"><img src=x>',
        'file:///etc/passwd',
        'https://a b',
      ]) {
        assertInert(sourceLink(url, 'title'), url);
        assert.doesNotMatch(sourceLink(url), /(^|[^\\])\]\(/, url);
      }
      assert.strictEqual(
        sourceLink('https://en.wikipedia.org/wiki/Leon_Trotsky', 'Trotsky'),
        '[Trotsky](https://en.wikipedia.org/wiki/Leon_Trotsky)',
      );
    });

    it('leaves the client to show server Markdown untrusted and without HTML', () => {
      const client = fs
        .readdirSync(path.join(ROOT, 'client', 'src'))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8'))
        .join('\n');
      assert.doesNotMatch(client, /isTrusted\s*[:=]\s*true|supportHtml\s*[:=]\s*true|enabledCommands/);
    });
  });

  describe('a broken or hostile user knowledge base', () => {
    it('loads what it can, reports every problem, and never throws', () => {
      const dir = tempFolder({
        'a-good.json': JSON.stringify({ entities: [entity('good-one', { aliases: ['Goodman'] })] }),
        'b-invalid.json': '{ "entities": [ { "id": ',
        'c-no-array.json': '{ "people": [] }',
        'd-null.json': 'null',
        'e-array.json': '[1, 2, 3]',
        'f-schema.json': JSON.stringify({
          entities: [
            entity('kept-one', { aliases: ['Keptov'] }),
            { id: 'no-summary', kind: 'person', label: 'No Summary', aliases: [], sources: ['https://example.org/'] },
            entity('alien', { kind: 'alien' }),
            entity('bad-date', { born: { date: '1924-13-45', source: 'https://example.org/' } }),
            entity('bad-source', { sources: ['ftp://example.org/'] }),
            'not an object',
            null,
            42,
          ],
        }),
        'g-dangling.json': JSON.stringify({
          entities: [
            entity('dangler', {
              aliases: ['Danglov'],
              related: [{ id: 'nobody-at-all', relation: 'ally' }],
              roles: [{ title: 'Chair', body: 'nowhere-at-all', source: 'https://example.org/' }],
            }),
            entity('good-one'),
            entity('backwards', {
              born: { date: '1950', source: 'https://example.org/' },
              died: { date: '1900', source: 'https://example.org/' },
            }),
          ],
        }),
        'h-bom.json': `\ufeff${JSON.stringify({ entities: [entity('with-bom', { aliases: ['Bomov'] })] })}`,
        'i-proto.json':
          '{ "entities": [ { "__proto__": { "polluted": true }, "id": "proto", "kind": "person", "label": "Proto",' +
          ' "aliases": [], "summary": "x", "sources": ["https://example.org/"] } ] }',
        'j-binary.json': Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x7b, 0x00]),
      });
      try {
        const loaded = loadKnowledgeBase([dir, path.join(dir, 'no-such-folder')], SCHEMA);
        const ids = loaded.entities.map((e) => e.id).sort();
        assert.deepStrictEqual(ids, ['backwards', 'dangler', 'good-one', 'kept-one', 'with-bom']);
        const problemFiles = new Set(loaded.problems.map((p) => path.basename(p.file)));
        for (const f of [
          'b-invalid.json',
          'c-no-array.json',
          'd-null.json',
          'e-array.json',
          'f-schema.json',
          'g-dangling.json',
          'i-proto.json',
          'j-binary.json',
          'no-such-folder',
        ]) {
          assert.ok(problemFiles.has(f), `a problem reported for ${f}: ${JSON.stringify(loaded.problems)}`);
        }
        const about = (id: string) =>
          loaded.problems
            .filter((p) => p.entity === id)
            .map((p) => p.message)
            .join('; ');
        assert.match(about('dangler'), /nobody-at-all/);
        assert.match(about('dangler'), /nowhere-at-all/);
        assert.match(about('good-one'), /duplicate id/);
        assert.match(about('backwards'), /before/);
        // A broken part is dropped, the rest kept.
        const dangler = loaded.entities.find((e) => e.id === 'dangler')!;
        assert.deepStrictEqual([dangler.related, dangler.roles], [[], []]);
        assert.strictEqual(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
        // And the rest works: its names are recognised.
        const service = new LanguageService({
          kb: nodeKnowledgeBase(loaded),
          workspace: new MemoryWorkspace(new Map()),
          logger: throwingLogger,
        });
        service.openNote('file:///n.md', 1, 'Goodman, Keptov, Danglov and Bomov.');
        assert.deepStrictEqual(
          [...service.analysis('file:///n.md')!.all()].map((m) => m.id),
          ['good-one', 'kept-one', 'dangler', 'with-bom'],
        );
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('reads knowledge base files as data: nothing in them, or beside them, is run', () => {
      const marker = path.join(os.tmpdir(), `hn-pwned-${process.pid}`);
      const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;
      const dir = tempFolder({
        'code.json': JSON.stringify({ entities: [entity('coder', { summary: code, aliases: [`\${${code}}`] })] }),
        'kb.js': code,
        'kb.json.js': code,
        'package.json': JSON.stringify({ name: 'x', scripts: { postinstall: code } }),
      });
      try {
        const loaded = loadKnowledgeBase([dir], SCHEMA);
        assert.ok(loaded.entities.some((e) => e.id === 'coder' && e.summary === code));
        assert.ok(!loaded.files.some((f) => f.endsWith('.js')));
        assert.ok(!fs.existsSync(marker), 'nothing was executed');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
