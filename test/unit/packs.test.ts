/**
 * Knowledge packs: manifests, Markdown entities with YAML front matter, turning packs off, dependencies, and
 * broken packs that report their problems (with lines) instead of failing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundledPackFolders, loadBundledKnowledgeBase, nodeKnowledgeBase } from '../../server/src/kb/bundled';
import { loadKnowledgeBase } from '../../server/src/kb/load';
import { main } from '../../server/src/cli';
import { ROOT, SCHEMA } from '../helpers';

const TUDORS = path.join(ROOT, 'data', 'examples', 'tudors');

function write(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '',
    err = '';
  const code = main(
    args,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

describe('knowledge packs', () => {
  let tmp: string;
  beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-packs-'))));
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('loads the example pack written in Markdown, with no problem', () => {
    const kb = loadKnowledgeBase([TUDORS], SCHEMA);
    assert.deepStrictEqual(kb.problems, []);
    assert.deepStrictEqual(
      kb.packs.map((p) => [p.manifest.id, p.entities]),
      [['tudors', 6]],
    );
    const henry = kb.entities.find((e) => e.id === 'henry-viii')!;
    assert.strictEqual(henry.pack, 'tudors');
    assert.strictEqual(henry.kind, 'person');
    assert.strictEqual(henry.born?.date, '1491-06-28');
    assert.strictEqual(henry.roles?.[0].from, '1509-04-22');
    assert.match(henry.summary, /^The second Tudor king/);
    assert.deepStrictEqual(henry.sources[0], {
      url: 'https://en.wikipedia.org/wiki/Henry_VIII',
      title: 'Henry VIII',
      publisher: 'Wikipedia',
    });
  });

  it('goes to definition on the label line of a Markdown entity', () => {
    const loaded = loadKnowledgeBase([TUDORS], SCHEMA);
    const kb = nodeKnowledgeBase(loaded);
    const o = kb.origin('elizabeth-i')!;
    assert.strictEqual(path.basename(o.file), 'elizabeth-i.md');
    const line = fs.readFileSync(o.file, 'utf8').split('\n')[o.line];
    assert.strictEqual(line.slice(o.character, o.endCharacter), 'Elizabeth I');
  });

  it('reads a YAML year as a date, takes the id from the file name and the summary from the first paragraph', () => {
    write(tmp, {
      'pack.json': '{ "id": "mine", "title": "Mine" }',
      'Jan Hus.md':
        '---\nkind: person\nlabel: Jan Hus\n' +
        'died: { date: 1415, source: "https://www.britannica.com/biography/Jan-Hus" }\n' +
        'sources: ["https://www.britannica.com/biography/Jan-Hus"]\n---\n' +
        '# Jan Hus\n\nA Czech **reformer**, burnt\nat Constance.\n\nMore.\n',
    });
    const kb = loadKnowledgeBase([tmp], SCHEMA);
    assert.deepStrictEqual(kb.problems, []);
    const hus = kb.entities[0];
    assert.strictEqual(hus.id, 'jan-hus');
    assert.strictEqual(hus.died?.date, '1415');
    assert.strictEqual(hus.summary, 'A Czech reformer, burnt at Constance.');
  });

  it('reports broken YAML, schema errors and a missing front matter on their lines, and keeps the rest', () => {
    write(tmp, {
      'pack.json': '{ "id": "broken", "title": "Broken" }',
      'a.md': '---\nkind: person\nlabel: [unclosed\n---\nText.\n',
      'b.md': '---\nkind: personage\nlabel: Someone\nsources: ["https://example.org/"]\n---\nA summary here.\n',
      'c.md': 'No front matter at all.\n',
      'good.md': '---\nkind: place\nlabel: Good Place\nsources: ["https://example.org/"]\n---\nA place that loads.\n',
    });
    const kb = loadKnowledgeBase([tmp], SCHEMA);
    assert.deepStrictEqual(
      kb.entities.map((e) => e.id),
      ['good'],
    );
    const of = (name: string) => kb.problems.filter((p) => path.basename(p.file) === name);
    assert.ok(of('a.md').length > 0 && of('a.md')[0].message.startsWith('front matter:'), JSON.stringify(of('a.md')));
    const kind = of('b.md').find((p) => p.message.startsWith('/kind'));
    assert.ok(kind, JSON.stringify(of('b.md')));
    assert.strictEqual(kind.line, 1, 'the line of "kind:" within the front matter (0-based in the file)');
    assert.match(of('c.md')[0].message, /no YAML front matter/);
  });

  it('turns a pack off, keeps on a pack another needs, and reports a missing dependency', () => {
    const all = loadBundledKnowledgeBase();
    const noRussia = loadBundledKnowledgeBase([], undefined, { disabled: ['russia'] });
    assert.ok(all.get('leon-trotsky') && !noRussia.get('leon-trotsky'));
    assert.strictEqual(noRussia.packs.find((p) => p.manifest.id === 'russia')?.enabled, false);
    const noCommon = loadBundledKnowledgeBase([], undefined, { disabled: ['common'] });
    const common = noCommon.packs.find((p) => p.manifest.id === 'common')!;
    assert.strictEqual(common.enabled, true);
    assert.ok(common.requiredBy, 'says which pack needs it');
    write(tmp, { 'pack.json': '{ "id": "orphan", "title": "Orphan", "dependsOn": ["nowhere"] }' });
    const orphan = loadKnowledgeBase([tmp], SCHEMA);
    assert.match(orphan.problems[0].message, /depends on pack "nowhere", which is not loaded/);
  });

  it('drops links into a pack that is off without calling them problems', () => {
    write(tmp, {
      'base/pack.json': '{ "id": "base", "title": "Base" }',
      'base/e.json': JSON.stringify({
        entities: [
          {
            id: 'a',
            kind: 'place',
            label: 'Aplace',
            aliases: [],
            summary: 'A place here.',
            sources: ['https://example.org/'],
            related: [{ id: 'b', relation: 'related to' }],
          },
        ],
      }),
      'extra/pack.json': '{ "id": "extra", "title": "Extra" }',
      'extra/e.json': JSON.stringify({
        entities: [
          {
            id: 'b',
            kind: 'place',
            label: 'Bplace',
            aliases: [],
            summary: 'B place here.',
            sources: ['https://example.org/'],
          },
        ],
      }),
    });
    const kb = loadKnowledgeBase([tmp], SCHEMA, { disabledPacks: ['extra'] });
    assert.deepStrictEqual(kb.problems, []);
    assert.deepStrictEqual(
      kb.entities.map((e) => [e.id, e.related]),
      [['a', []]],
    );
  });

  it('leaves out a second pack with the same id and reports a broken manifest, never throwing', () => {
    write(tmp, {
      'one/pack.json': '{ "id": "same", "title": "One" }',
      'two/pack.json': '{ "id": "same", "title": "Two" }',
      'three/pack.json': '{ "id": "Not Kebab", "title": 3, "colour": "red" }',
      'four/pack.json': '{ not json',
    });
    const kb = loadKnowledgeBase([tmp], SCHEMA);
    const messages = kb.problems.map((p) => p.message).join('\n');
    assert.match(messages, /a pack called "same" is already loaded/);
    assert.match(messages, /id "Not Kebab" must be lower-case kebab case/);
    assert.match(messages, /"title" must be a non-empty string/);
    assert.match(messages, /unknown property "colour"/);
    assert.match(messages, /pack.json is not valid JSON/);
    assert.deepStrictEqual(kb.packs.map((p) => p.manifest.id).sort(), ['four', 'same', 'three']);
  });

  it('has a valid manifest for every bundled pack, and an id defined in one pack only', () => {
    for (const folder of bundledPackFolders(path.join(ROOT, 'data'))) {
      const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'pack.json'), 'utf8'));
      assert.strictEqual(manifest.id, path.basename(folder));
      assert.ok(manifest.title && manifest.period && manifest.specifications?.length, folder);
    }
    const kb = loadBundledKnowledgeBase();
    assert.ok(!kb.problems.some((p) => /duplicate id/.test(p.message)));
    assert.deepStrictEqual(
      kb.packs.map((p) => p.manifest.id),
      ['common', 'germany', 'russia'],
    );
  });

  it('contributes the pack schemas to VS Code, with files that exist', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const urls = (pkg.contributes.jsonValidation as { url: string }[]).map((v) => v.url);
    assert.deepStrictEqual(urls.sort(), ['./data/schema/kb.schema.json', './data/schema/pack.schema.json']);
    for (const u of urls) assert.ok(fs.existsSync(path.join(ROOT, u)), u);
    assert.ok(pkg.contributes.configuration.properties['historyNotes.packs']);
  });

  describe('on the command line', () => {
    it('lists the packs with their counts, and a user pack with --kb', () => {
      const r = cli(['packs', '--json', '--kb', TUDORS]);
      assert.strictEqual(r.code, 0, r.err);
      const rows = JSON.parse(r.out) as { id: string; entities: number; enabled: boolean; bundled: boolean }[];
      const tudors = rows.find((x) => x.id === 'tudors')!;
      assert.deepStrictEqual([tudors.entities, tudors.enabled, tudors.bundled], [6, true, false]);
      assert.ok(rows.find((x) => x.id === 'russia')!.entities > 300);
    });

    it('scans and checks a note against a user pack, alone with --packs', () => {
      const note = write(tmp, {
        'note.md': 'Henry VIII became king in 1509 and died in 1547. Trotsky is not in this pack.\n',
      });
      const scan = cli(['scan', '--json', '--kb', TUDORS, '--packs', 'tudors', path.join(note, 'note.md')]);
      assert.strictEqual(scan.code, 0, scan.err);
      const ids = (JSON.parse(scan.out) as { id: string; kind: string }[])
        .filter((m) => m.kind !== 'date')
        .map((m) => m.id);
      assert.deepStrictEqual(ids, ['henry-viii']);
      const wrong = write(tmp, { 'wrong.md': 'Henry VIII died in 1550.\n' });
      const check = cli(['check', '--format', 'json', '--kb', TUDORS, '--packs=tudors', path.join(wrong, 'wrong.md')]);
      assert.strictEqual(check.code, 1);
      assert.match(check.out, /Henry VIII died on 28 January 1547, not in 1550/);
    });

    it('judges a title against an office that lists its holders but dates none of their terms', () => {
      // A user's pack may name every holder of a post without dating a single term: the check of a title held
      // before the holder's first term must then find no term to read, and a name the list leaves out is still
      // found.
      const source = 'https://en.wikipedia.org/wiki/Lord_Chancellor';
      const person = (id: string, label: string) =>
        `---\nkind: person\nlabel: ${label}\ntopics: [chancellors]\n` +
        `sources:\n  - { url: "${source}", title: Lord Chancellor, publisher: Wikipedia }\n---\nA Tudor minister.\n`;
      const kb = write(path.join(tmp, 'kb'), {
        'pack.json': JSON.stringify({
          id: 'chancellors',
          title: 'Lord Chancellors of Henry VIII',
          version: '1.0.0',
          dependsOn: [],
          description: 'A test pack: one office, its holders listed but no term dated.',
        }),
        'lord-chancellor.md':
          '---\nkind: organisation\nlabel: Lord Chancellor\ntopics: [chancellors]\n' +
          'related:\n  - { id: thomas-wolsey, relation: related to }\n  - { id: thomas-more, relation: related to }\n' +
          `holders: { ids: [thomas-wolsey, thomas-more], source: "${source}" }\n` +
          `sources:\n  - { url: "${source}", title: Lord Chancellor, publisher: Wikipedia }\n---\n` +
          'The keeper of the Great Seal.\n',
        'thomas-wolsey.md': person('thomas-wolsey', 'Thomas Wolsey'),
        'thomas-more.md': person('thomas-more', 'Thomas More'),
        'thomas-cromwell.md': person('thomas-cromwell', 'Thomas Cromwell'),
      });
      const notes = write(path.join(tmp, 'notes'), {
        'right.md': 'In 1520 Lord Chancellor Thomas Wolsey met Francis I.\n',
        'wrong.md': 'In 1535 Lord Chancellor Thomas Cromwell dissolved the monasteries.\n',
      });
      const packs = cli(['packs', '--json', '--kb', kb]);
      assert.strictEqual(packs.code, 0, packs.err);
      assert.strictEqual(
        (JSON.parse(packs.out) as { id: string; entities: number }[]).find((x) => x.id === 'chancellors')?.entities,
        4,
      );
      const right = cli(['check', '--format', 'json', '--kb', kb, '--packs=chancellors', path.join(notes, 'right.md')]);
      assert.deepStrictEqual([right.code, right.err], [0, ''], right.out);
      const wrong = cli(['check', '--format', 'json', '--kb', kb, '--packs=chancellors', path.join(notes, 'wrong.md')]);
      assert.deepStrictEqual([wrong.code, wrong.err], [1, '']);
      assert.match(wrong.out, /Thomas Cromwell .*Lord Chancellor/);
    });

    it('refuses an unknown pack and a missing --kb folder with exit 2', () => {
      assert.strictEqual(cli(['packs', '--packs', 'atlantis']).code, 2);
      assert.strictEqual(cli(['packs', '--kb', path.join(tmp, 'nope')]).code, 2);
    });
  });
});
