/**
 * Two topics in one workspace and in one note: a name both packs define is read by the note's context; where
 * nothing decides, the hover lists the candidates and references and fact checking leave the mention alone.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadBundledKnowledgeBase, nodeKnowledgeBase } from '../../server/src/kb/bundled';
import { loadKnowledgeBase } from '../../server/src/kb/load';
import type { KnowledgeBase } from '../../server/src/kb/knowledgeBase';
import type { LanguageService } from '../../server/src/service/languageService';
import { cursor, SCHEMA, serviceWith } from '../helpers';

const src = 'https://en.wikipedia.org/wiki/Example';
const entity = (id: string, label: string, aliases: string[], extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'event',
  label,
  aliases,
  summary: `${label}, for the test.`,
  sources: [src],
  ...extra,
});
const dated = (from: string, to = from) => ({ start: { date: from, source: src }, end: { date: to, source: src } });

function twoPacks(dir: string) {
  const write = (pack: string, manifest: object, entities: object[]) => {
    fs.mkdirSync(path.join(dir, pack), { recursive: true });
    fs.writeFileSync(path.join(dir, pack, 'pack.json'), JSON.stringify(manifest));
    fs.writeFileSync(path.join(dir, pack, 'e.json'), JSON.stringify({ entities }));
  };
  write('shared', { id: 'shared', title: 'Shared', period: '1900–1950' }, [
    entity('great-war', 'Great War', ['the War'], dated('1914-07-28', '1918-11-11')),
  ]);
  write('east', { id: 'east', title: 'East', period: '1855–1964', dependsOn: ['shared'] }, [
    entity('trotsky', 'Leon Trotsky', ['Trotsky'], { kind: 'person' }),
    entity('lenin', 'Vladimir Lenin', ['Lenin'], { kind: 'person' }),
    entity('october-revolution', 'October Revolution', ['the Revolution'], {
      ...dated('1917-11-07', '1917-11-08'),
      ambiguousAliases: ['the Revolution'],
    }),
  ]);
  write('west', { id: 'west', title: 'West', period: '1918–1945', dependsOn: ['shared'] }, [
    entity('stresemann', 'Gustav Stresemann', ['Stresemann'], { kind: 'person' }),
    entity('november-revolution', 'November Revolution', ['the Revolution'], {
      ...dated('1918-10-29', '1919-08-11'),
      ambiguousAliases: ['the Revolution'],
    }),
    entity('kapp-putsch', 'Kapp Putsch', ['the Putsch'], {
      ...dated('1920-03-13', '1920-03-17'),
      ambiguousAliases: ['the Putsch'],
    }),
    entity('munich-putsch', 'Munich Putsch', ['the Putsch'], {
      ...dated('1923-11-08', '1923-11-09'),
      ambiguousAliases: ['the Putsch'],
    }),
  ]);
}

describe('two topics, one note', () => {
  let dir: string;
  let service: LanguageService;
  let kb: KnowledgeBase;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-topics-'));
    twoPacks(dir);
    const loaded = loadKnowledgeBase([dir], SCHEMA);
    assert.deepStrictEqual(loaded.problems, []);
    kb = nodeKnowledgeBase(loaded);
    service = await serviceWith({}, kb);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The entity (or `?a|b` for an ambiguous mention) under the cursor of a marked note. */
  function at(marked: string): string {
    const { text, line, character } = cursor(marked);
    service.openNote('file:///t.md', 1, text);
    const m = service.analysis('file:///t.md')!.mentionAt({ line, character });
    return !m ? '' : m.candidates ? `?${m.candidates.join('|')}` : m.id;
  }

  it('reads a shared name by the topic the note is about', () => {
    assert.strictEqual(at('Trotsky and Lenin led |the Revolution.'), 'october-revolution');
    assert.strictEqual(at('Stresemann had lived through |the Revolution.'), 'november-revolution');
  });

  it('lets the front matter decide, and what every topic shares counts for neither', () => {
    assert.strictEqual(at('---\ntopic: west\n---\nTrotsky wrote of |the Revolution.'), 'november-revolution');
    assert.strictEqual(at('The War ended and |the Revolution came.'), '?october-revolution|november-revolution');
  });

  it('reads a name two entities of one topic bear by the date near it', () => {
    assert.strictEqual(at('Stresemann. In 1923 |the Putsch failed.'), 'munich-putsch');
    assert.strictEqual(at('Stresemann.\nMarch 1920:\n|the Putsch, and a general strike.'), 'kapp-putsch');
    assert.strictEqual(at('Stresemann and |the Putsch.'), '?kapp-putsch|munich-putsch');
  });

  it('offers first in completion and workspace symbols the entities of the topic the notes are about', () => {
    const first = (text: string) => {
      service.openNote('file:///c.md', 1, text);
      const items = service.completion('file:///c.md', { line: 0, character: text.length }, true).items;
      return [...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1))[0]?.label;
    };
    assert.strictEqual(first('Stresemann saw the Revol'), 'November Revolution');
    assert.strictEqual(first('Trotsky and Lenin led the Revol'), 'October Revolution');
  });

  it('lists first in workspace symbols the topic the workspace is about', async () => {
    const west = await serviceWith({ 'file:///w1.md': 'Stresemann.\n', 'file:///w2.md': 'Stresemann again.\n' }, kb);
    assert.strictEqual(west.workspaceSymbols('revolution')[0]?.name, 'November Revolution');
    const east = await serviceWith({ 'file:///e1.md': 'Trotsky and Lenin.\n' }, kb);
    assert.strictEqual(east.workspaceSymbols('revolution')[0]?.name, 'October Revolution');
  });

  it('shows the candidates on hover, and leaves an ambiguous mention out of references and fact checks', async () => {
    const text = 'Trotsky met Stresemann after the Revolution of 1950.\n';
    service.openNote('file:///amb.md', 1, text);
    const pos = { line: 0, character: text.indexOf('Revolution') };
    const hover = service.hover('file:///amb.md', pos)!.contents as { value: string };
    assert.match(hover.value, /Ambiguous/);
    assert.match(hover.value, /October Revolution[\s\S]*November Revolution/);
    assert.deepStrictEqual(service.references('file:///amb.md', pos, true), []);
    assert.deepStrictEqual(
      service.diagnostics('file:///amb.md').map((d) => d.message),
      [],
      'a wrong year on an ambiguous name is not checked',
    );
    service.openNote('file:///east.md', 1, 'Trotsky and Lenin: the October Revolution of 1950.\n');
    assert.match(String(service.diagnostics('file:///east.md')[0]?.message), /October Revolution/);
  });
});

describe('the bundled topics side by side', () => {
  const notes = path.join(__dirname, '..', 'fixtures', 'example-notes');
  const shared = path.resolve(__dirname, '..', '..', '..', 'shared', 'notes');
  const russian = [
    ...[
      'power-struggle.md',
      'terror.md',
      'economy.md',
      'tsarist-russia.md',
      'ussr-1941-1964.md',
      'alexander-ii-reforms.md',
      'dumas-and-war.md',
      'khrushchev.md',
    ].map((f) => path.join(notes, f)),
    ...(fs.existsSync(shared) ? fs.readdirSync(shared).filter((f) => f.endsWith('.md') && f !== 'README.md') : []).map(
      (f) => path.join(shared, f),
    ),
  ];
  const german = ['weimar-crisis.md', 'nazi-control.md', 'nazi-foreign-policy.md'].map((f) => path.join(notes, f));

  async function mentions(file: string, only?: string[]): Promise<string[]> {
    const kb = loadBundledKnowledgeBase([], undefined, { only });
    const s = await serviceWith({}, kb);
    s.openNote('file:///n.md', 1, fs.readFileSync(file, 'utf8'));
    return [...s.analysis('file:///n.md')!.all()]
      .filter((m) => m.kind !== 'date')
      .map((m) => `${m.line}:${m.start}:${m.id}${m.candidates ? '?' : ''}`);
  }

  /** What a note gains with the other topic loaded: names of the shared world that the other pack knows. */
  const GAINS: Record<string, string[]> = {
    'ussr-1941-1964.md': ['11:20:berlin'],
    'khrushchev.md': ['32:2:berlin'],
    'nazi-foreign-policy.md': [
      '26:65:vyacheslav-molotov',
      '31:129:moscow',
      '34:45:battle-of-stalingrad',
      '34:57:friedrich-paulus',
      '34:97:battle-of-kursk',
    ],
  };
  for (const [files, other, own] of [
    [russian, 'Germany', 'russia'],
    [german, 'Russia', 'germany'],
  ] as const)
    for (const file of files)
      it(`reads ${path.basename(file)} the same with the ${other} pack loaded as without it`, async () => {
        const all = await mentions(file);
        assert.deepStrictEqual(
          all.filter((m) => !(GAINS[path.basename(file)] ?? []).includes(m)),
          await mentions(file, [own]),
        );
      });
});

describe('"the Tsar": which Tsar follows from the date near it', () => {
  let service: LanguageService;
  before(async () => (service = await serviceWith({}, loadBundledKnowledgeBase())));
  const tsar = (text: string) => {
    service.openNote('file:///tsar.md', 1, text);
    const m = [...service.analysis('file:///tsar.md')!.all()].find((x) =>
      /tsar/i.test(x.id + text.slice(x.start, x.end)),
    );
    return m?.candidates ? `?${m.candidates.length}` : m?.id;
  };

  it('reads the Tsar of 1861, of 1905 and of 1917 as the one reigning then', () => {
    assert.strictEqual(tsar('In 1861 the Tsar freed the serfs.'), 'alexander-ii');
    assert.strictEqual(tsar('Bloody Sunday, 1905: the Tsar’s troops fired on the crowd.'), 'nicholas-ii');
    assert.strictEqual(tsar('The Tsar abdicated in March 1917.'), 'nicholas-ii');
  });

  it('leaves the Tsar ambiguous when no date is near', () => {
    assert.strictEqual(tsar('The Tsar was unpopular.'), '?3');
  });
});
