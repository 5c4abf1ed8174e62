/**
 * A knowledge base of the user's own, named in settings: its entities join the bundled ones, and a broken file
 * in it is reported without taking the rest down. The engine knows no topic: Caesar works as well as Trotsky.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { startServer, until, type Session } from './lsp-client';

describe('a user knowledge base from settings', () => {
  let s: Session;
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-userkb-'));
    fs.mkdirSync(path.join(dir, 'my-kb'));
    fs.writeFileSync(
      path.join(dir, 'my-kb', 'rome.json'),
      JSON.stringify({
        entities: [
          {
            id: 'julius-caesar',
            kind: 'person',
            label: 'Julius Caesar',
            aliases: ['Caesar'],
            summary: 'Roman general and statesman, dictator of Rome.',
            died: { date: '-0044-03-15', source: 'https://en.wikipedia.org/wiki/Julius_Caesar' },
            sources: ['https://en.wikipedia.org/wiki/Julius_Caesar'],
          },
        ],
      }),
    );
    fs.writeFileSync(path.join(dir, 'my-kb', 'broken.json'), '{ "entities": [ { "id": ');
    fs.writeFileSync(path.join(dir, 'note.md'), 'Caesar and Trotsky\n');
    s = await startServer(dir, true, { historyNotes: { knowledgeBase: { folders: ['my-kb'] } } });
  });
  after(async () => {
    await s?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('recognises the user entities beside the bundled ones and reports the broken file', async () => {
    const uri = pathToFileURL(path.join(dir, 'note.md')).href;
    await s.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: 'Caesar and Trotsky\n' },
    });
    const caesar = await until(
      async () => {
        const h = await s.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
          textDocument: { uri },
          position: { line: 0, character: 2 },
        });
        return h?.contents.value.includes('Julius Caesar') ? h : undefined;
      },
      10000,
      'the user entity',
    );
    assert.match(caesar.contents.value, /15 March 44 BCE/);
    const trotsky = await s.connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 13 },
    });
    assert.match(trotsky.contents.value, /Leon Trotsky/);
    await until(() => s.logs.some((l) => /broken\.json: not valid JSON/.test(l)), 5000, 'the problem logged');
    assert.ok(s.logs.some((l) => /your knowledge base has 1 problem/.test(l)));
  });
});

describe('user packs over the protocol: problems on their files, packs turned off, reload on change', () => {
  let s: Session;
  let dir: string;
  const hover = async (uri: string, character: number) =>
    (
      await s.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character },
      })
    )?.contents.value;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-userpacks-'));
    const pack = path.join(dir, 'packs', 'tudors');
    fs.mkdirSync(pack, { recursive: true });
    fs.cpSync(path.resolve(__dirname, '..', '..', 'data', 'examples', 'tudors'), pack, { recursive: true });
    fs.writeFileSync(path.join(pack, 'broken.md'), '---\nkind: monarch\nlabel: Lady Jane Grey\n---\nNine days.\n');
    fs.writeFileSync(path.join(dir, 'note.md'), 'Henry VIII and Trotsky\n');
    s = await startServer(dir, true, {
      historyNotes: { knowledgeBase: { folders: ['packs'] }, packs: { russia: false } },
    });
  });
  after(async () => {
    await s?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('puts a pack problem on the line of the pack file, and turns a bundled pack off', async () => {
    const broken = pathToFileURL(path.join(dir, 'packs', 'tudors', 'broken.md')).href;
    type Found = { message: string; range: { start: { line: number } } }[];
    const found = await until(() => s.diagnostics.get(broken) as Found | undefined, 10000, 'pack diagnostics');
    const kind = found.find((d) => /\/kind must be equal to one of the allowed values/.test(d.message));
    assert.ok(kind, JSON.stringify(found));
    assert.strictEqual(kind.range.start.line, 1, 'the line of "kind:"');
    assert.ok(found.some((d) => /must have required property 'sources'/.test(d.message)));
    const uri = pathToFileURL(path.join(dir, 'note.md')).href;
    await s.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: 'Henry VIII and Trotsky\n' },
    });
    assert.match((await until(() => hover(uri, 2), 10000, 'the Tudor entity')) ?? '', /Henry VIII/);
    assert.strictEqual(await hover(uri, 17), undefined, 'the russia pack is off');
    const packs = await s.connection.sendRequest<
      { id: string; enabled: boolean; bundled: boolean; problems: number }[]
    >('historyNotes/packs', {});
    const state = Object.fromEntries(packs.map((p) => [p.id, [p.enabled, p.bundled, p.problems]]));
    assert.deepStrictEqual(state.russia, [false, true, 0]);
    assert.deepStrictEqual(state.tudors, [true, false, 2]);
  });

  it('reloads when a pack file changes on disk, and clears the problem once it is fixed', async () => {
    const file = path.join(dir, 'packs', 'tudors', 'broken.md');
    fs.writeFileSync(
      file,
      '---\nkind: person\nlabel: Lady Jane Grey\naliases: [Jane Grey]\n' +
        'sources: ["https://en.wikipedia.org/wiki/Lady_Jane_Grey"]\n---\nQueen for nine days in 1553.\n',
    );
    const uri = pathToFileURL(file).href;
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    await until(() => (s.diagnostics.get(uri)?.length === 0 ? true : undefined), 10000, 'the problem cleared');
    const note = pathToFileURL(path.join(dir, 'note.md')).href;
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: note, version: 2 },
      contentChanges: [{ text: 'Jane Grey\n' }],
    });
    const grey = await until(() => hover(note, 2), 10000, `the new entity (logs: ${s.logs.join(' | ')})`);
    assert.match(grey ?? '', /Lady Jane Grey/);
  });
});
