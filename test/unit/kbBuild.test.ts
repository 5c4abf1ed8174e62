/**
 * The knowledge base built from the pack texts alone (kb/build.ts, as the web server builds it from the texts
 * scripts/build.mjs bundles, whitespace taken out) is the one the Node loader reads from disk.
 */
import * as assert from 'assert';
import Ajv from 'ajv';
import * as fs from 'fs';
import * as path from 'path';
import { loadBundledKnowledgeBase } from '../../server/src/kb/bundled';
import { AJV_OPTIONS, buildKnowledgeBase } from '../../server/src/kb/build';
import { ROOT, SCHEMA } from '../helpers';

describe('knowledge base built from texts', () => {
  it('has the entities and problems of the Node loader', () => {
    const packs = path.join(ROOT, 'data', 'packs');
    const texts = fs
      .readdirSync(packs)
      .sort()
      .flatMap((pack) =>
        fs
          .readdirSync(path.join(packs, pack))
          .filter((n) => n.endsWith('.json') && n !== 'pack.json')
          .sort()
          .map((n) => {
            const text = fs.readFileSync(path.join(packs, pack, n), 'utf8');
            return { file: `data/packs/${pack}/${n}`, text: JSON.stringify(JSON.parse(text)) };
          }),
      );
    const validate = new Ajv(AJV_OPTIONS).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
    const built = buildKnowledgeBase(texts, validate);
    const loaded = loadBundledKnowledgeBase([], path.join(ROOT, 'data'));
    assert.deepStrictEqual(built.entities, loaded.entities);
    assert.deepStrictEqual(
      built.problems.map((p) => p.message),
      loaded.problems.map((p) => p.message),
    );
    assert.strictEqual(built.files.length, loaded.files.length);
  });

  it('reports a file it cannot parse and keeps the rest', () => {
    const validate = new Ajv(AJV_OPTIONS).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
    const built = buildKnowledgeBase(
      [
        { file: 'broken.json', text: '{ "entities": [' },
        { file: 'gone.json', unreadable: 'EACCES' },
      ],
      validate,
    );
    assert.deepStrictEqual(built.entities, []);
    assert.deepStrictEqual(
      built.problems.map((p) => `${p.file}: ${p.message.split(':')[0]}`),
      ['broken.json: not valid JSON', 'gone.json: not valid JSON'],
    );
  });
});
