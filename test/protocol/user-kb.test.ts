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
