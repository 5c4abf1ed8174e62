/**
 * The index worker (server/out/index-worker.js, used while a large workspace is first indexed) packs exactly
 * what the server's own thread packs, note for note.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NoteAnalysis } from '../../server/src/recogniser/noteAnalysis';
import { Scanner } from '../../server/src/recogniser/scan';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { ScanWorker, WORKER_SCRIPT } from '../../server/src/workspace/nodeScanWorker';
import { bundledKnowledgeBase, ROOT, SHARED_NOTES } from '../helpers';

const OUT = path.join(ROOT, 'server', 'out');

describe('index worker', () => {
  it('packs the same mentions as the main thread', async function () {
    if (!fs.existsSync(path.join(OUT, WORKER_SCRIPT))) this.skip();
    const kb = bundledKnowledgeBase();
    const dirs = [SHARED_NOTES, path.join(ROOT, 'test', 'fixtures', 'example-notes')].filter((d) => fs.existsSync(d));
    const texts = dirs.flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => f.endsWith('.md'))
        .map((f) => fs.readFileSync(path.join(d, f), 'utf8')),
    );
    texts.push('', 'Zionev, Bukarins and the 13th Party Congress in January 1924.\n```\nStalin\n```\n');
    const worker = ScanWorker.start(kb.entities, OUT, kb.packTopics());
    assert.ok(worker, 'the worker starts');
    try {
      const packed = await worker.scan(texts);
      assert.ok(packed, 'the worker answers');
      const index = new WorkspaceIndex(kb);
      const scanner = Scanner.forEntities(kb.entities, kb.packTopics());
      texts.forEach((t, i) =>
        assert.deepStrictEqual([...packed[i]], [...index.pack(new NoteAnalysis(scanner, t))], `note ${i}`),
      );
      assert.ok(packed.some((p) => p.length > 0));
    } finally {
      worker.close();
    }
  });
});
