/**
 * The knowledge base built from the pack texts alone (kb/build.ts, as the web server builds it from the texts
 * scripts/build.mjs bundles, whitespace taken out) is the one the Node loader reads from disk.
 */
import * as assert from 'assert';
import Ajv from 'ajv';
import * as fs from 'fs';
import * as path from 'path';
import { loadBundledKnowledgeBase } from '../../server/src/kb/bundled';
import { buildKnowledgeBase, entityValidator } from '../../server/src/kb/build';
import { AJV_OPTIONS } from '../../server/src/kb/load';
import { packInputsFromTexts } from '../../server/src/kb/packs';
import { ROOT, SCHEMA } from '../helpers';

const validator = () => entityValidator(new Ajv(AJV_OPTIONS).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8'))));

describe('knowledge base built from texts', () => {
  it('has the packs, entities and problems of the Node loader', () => {
    const packs = path.join(ROOT, 'data', 'packs');
    const texts = fs
      .readdirSync(packs)
      .sort()
      .flatMap((pack) =>
        fs
          .readdirSync(path.join(packs, pack))
          .filter((n) => n.endsWith('.json'))
          .sort()
          .map((n) => {
            const text = fs.readFileSync(path.join(packs, pack, n), 'utf8');
            return { path: `data/packs/${pack}/${n}`, text: JSON.stringify(JSON.parse(text)) };
          }),
      );
    const built = buildKnowledgeBase(packInputsFromTexts(texts, true), validator());
    const loaded = loadBundledKnowledgeBase([], path.join(ROOT, 'data'));
    assert.deepStrictEqual(built.entities, loaded.entities);
    assert.deepStrictEqual(
      built.packs.map((p) => [p.manifest, p.entities, p.enabled]),
      loaded.packs.map((p) => [p.manifest, p.entities, p.enabled]),
    );
    assert.deepStrictEqual(
      built.problems.map((p) => p.message),
      loaded.problems.map((p) => p.message),
    );
    assert.strictEqual(built.files.length, loaded.files.length);
  });

  it('reports a file it cannot parse and keeps the rest', () => {
    const good = {
      entities: [
        {
          id: 'a',
          kind: 'place',
          label: 'Aplace',
          aliases: [],
          summary: 'A place here.',
          sources: ['https://example.org/'],
        },
      ],
    };
    const built = buildKnowledgeBase(
      packInputsFromTexts(
        [
          { path: 'mine/broken.json', text: '{ "entities": [' },
          { path: 'mine/good.json', text: JSON.stringify(good) },
        ],
        false,
      ),
      validator(),
    );
    assert.deepStrictEqual(
      built.entities.map((e) => e.id),
      ['a'],
    );
    assert.deepStrictEqual(
      built.problems.map((p) => `${p.file}: ${p.message.split(':')[0]}`),
      ['mine/broken.json: not valid JSON'],
    );
  });

  it('reports a name strict in one entity and loose in another, which would never be ambiguous', () => {
    const person = (id: string, label: string, strict: boolean) => ({
      id,
      kind: 'person',
      label,
      aliases: ['Beck'],
      ...(strict ? { strictAliases: ['Beck'] } : {}),
      ambiguousAliases: ['Beck'],
      summary: 'A person of that surname.',
      sources: ['https://example.org/'],
    });
    const build = (strictB: boolean) =>
      buildKnowledgeBase(
        packInputsFromTexts(
          [
            {
              path: 'mine/people.json',
              text: JSON.stringify({ entities: [person('a', 'Ann Beck', true), person('b', 'Bob Beck', strictB)] }),
            },
          ],
          false,
        ),
        validator(),
      ).problems.map((p) => `${p.entity}: ${p.message.split(':')[0]}`);
    assert.deepStrictEqual(build(false), ['b: alias "Beck" is strict in a but not here']);
    assert.deepStrictEqual(build(true), []);
  });

  it('validates a user pack, and a bundled one only when asked (the build validated it)', () => {
    // A kind the schema does not know, in an entity otherwise whole.
    const entity = { id: 'b', kind: 'planet', label: 'Bplace', aliases: [], summary: 'B.', sources: [] };
    const text = JSON.stringify({ entities: [entity] });
    const problems = (bundled: boolean, validateBundled?: boolean) =>
      buildKnowledgeBase(packInputsFromTexts([{ path: 'p/b.json', text }], bundled), validator(), {
        validateBundled,
      }).problems.filter((p) => p.entity === 'b').length;
    assert.ok(problems(false) > 0, 'a user pack is validated');
    assert.strictEqual(problems(true), 0);
    assert.ok(problems(true, true) > 0, 'kb:report validates the bundled packs too');
  });
});
