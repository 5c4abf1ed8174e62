/**
 * Editor features over the service, data-driven: a note with a `|` cursor and what the editor should get.
 */
import * as assert from 'assert';
import type { CompletionItem, Hover, MarkupContent } from 'vscode-languageserver-types';
import { bundledKnowledgeBase, cursor, serviceWith } from '../helpers';

const A = 'file:///notes/a.md';
const B = 'file:///notes/b.md';
const C = 'file:///notes/c.md';

function hoverText(h: Hover | null): string {
  return h ? (h.contents as MarkupContent).value : '';
}

async function at(marked: string, others: Record<string, string> = {}) {
  const c = cursor(marked);
  const service = await serviceWith({ [A]: c.text, ...others });
  return { service, pos: { line: c.line, character: c.character } };
}

describe('hover', () => {
  const cases: [string, RegExp[], RegExp[]][] = [
    [
      'Trot|sky led the army',
      [
        /^### Leon Trotsky$/m,
        /7 November 1879 \(O\.S\. 26 October 1879\) – 21 August 1940/,
        /Joseph Stalin \(rival\)/,
        /\[en\.wikipedia\.org › Leon Trotsky\]\(https:\/\/en\.wikipedia\.org\/wiki\/Leon_Trotsky\)/,
      ],
      [],
    ],
    ['Zion|ev and Kamenev', [/did you mean \*\*Grigory Zinoviev\*\*/, /^### Grigory Zinoviev$/m], []],
    ['the 15th Party Con|gress', [/15th Congress of the All-Union/, /2 December 1927 – 19 December 1927/], []],
    ['In 19|24 Lenin died', [/^### 1924$/m, /13th Congress/, /13th Conference/], [/15th Congress/]],
    ['nothing| here', [], [/./]],
  ];
  for (const [marked, present, absent] of cases) {
    it(JSON.stringify(marked), async () => {
      const { service, pos } = await at(marked);
      const text = hoverText(service.hover(A, pos));
      for (const re of present) assert.match(text, re);
      for (const re of absent) assert.doesNotMatch(text, re);
    });
  }

  it('escapes Markdown and HTML from the knowledge base', async () => {
    const { service, pos } = await at('Ser|vice wrote');
    const text = hoverText(service.hover(A, pos));
    assert.doesNotMatch(text, /<[a-z]/i);
    assert.match(text, /Robert Service/);
  });
});

describe('completion', () => {
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);
  const cases: [string, boolean, string[], string[]][] = [
    ['He met Zin|', false, ['Grigory Zinoviev'], ['Leon Trotsky']],
    ['He met Tro|', false, ['Leon Trotsky'], []],
    ['at the 15th|', false, ['15th Party Congress (December 1927)'], []],
    ['at the 13th Pa|', false, ['13th Party Congress (May 1924)', '13th Party Conference (January 1924)'], []],
    ['he met zin|', false, [], ['Grigory Zinoviev']],
    ['he met zin|', true, ['Grigory Zinoviev'], []],
    ['```\nZin|\n```', false, [], ['Grigory Zinoviev']],
    ['`Zin|`', false, [], ['Grigory Zinoviev']],
  ];
  for (const [marked, invoked, present, absent] of cases) {
    it(`${JSON.stringify(marked)}${invoked ? ' (Ctrl+Space)' : ''}`, async () => {
      const { service, pos } = await at(marked);
      const got = labels(service.completion(A, pos, invoked).items);
      for (const p of present) assert.ok(got.includes(p), `expected ${p} in ${JSON.stringify(got)}`);
      for (const p of absent) assert.ok(!got.includes(p), `did not expect ${p}`);
    });
  }

  it('inserts the name typed (the surname) and resolves the fact card lazily', async () => {
    const { service, pos } = await at('He met Zin|');
    const item = service.completion(A, pos).items.find((i) => i.label === 'Grigory Zinoviev')!;
    assert.strictEqual((item.textEdit as { newText: string }).newText, 'Zinoviev');
    assert.strictEqual(item.documentation, undefined);
    const resolved = service.resolveCompletion(item);
    assert.match((resolved.documentation as MarkupContent).value, /^### Grigory Zinoviev$/m);
  });
});

describe('definition, references, highlights', () => {
  it('goes to the entity in the knowledge base file', async () => {
    const { service, pos } = await at('Trot|sky');
    const [loc] = service.definition(A, pos);
    assert.match(loc.uri, /test\/fixtures\/kb\/fixture\.json$/);
    const lines = require('fs').readFileSync(new URL(loc.uri), 'utf8').split('\n');
    assert.match(lines[loc.range.start.line], /"id": "leon-trotsky"/);
  });

  it('finds every mention in every note, whatever the spelling, open or not', async () => {
    const { service, pos } = await at('Zino|viev spoke', { [B]: 'Zionev and Zinovyev', [C]: 'nothing about him' });
    const refs = service
      .references(A, pos, false)
      .map((l) => `${l.uri.slice(-4)}:${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`)
      .sort();
    assert.deepStrictEqual(refs, ['a.md:0:0-8', 'b.md:0:0-6', 'b.md:0:11-19']);
  });

  it('follows edits in open notes', async () => {
    const { service, pos } = await at('Zino|viev spoke');
    service.changeNote(A, 2, [
      { range: { start: { line: 0, character: 15 }, end: { line: 0, character: 15 } }, text: '\nlater Zinoviev again' },
    ]);
    assert.strictEqual(service.references(A, pos, false).length, 2);
  });

  it('highlights the same entity within the note', async () => {
    const { service, pos } = await at('Sta|lin, then Koba, then Trotsky, then Dzhugashvili');
    assert.deepStrictEqual(
      service.documentHighlights(A, pos).map((h) => h.range.start.character),
      [0, 13, 38],
    );
  });
});

describe('symbols', () => {
  it('outlines the note by kind', async () => {
    const { service } = await at('|Trotsky and Stalin at the 13th Party Congress in 1924. Trotsky again.');
    const outline = service
      .documentSymbols(A)
      .map((g) => `${g.name}: ${(g.children ?? []).map((c) => `${c.name} (${c.detail})`).join(', ')}`);
    assert.deepStrictEqual(outline, [
      'People: Leon Trotsky (7 November 1879 (O.S. 26 October 1879) – 21 August 1940 · 2 mentions),' +
        ' Joseph Stalin (18 December 1878 – 5 March 1953 · 1 mention)',
      'Congresses: 13th Congress of the Russian Communist Party (Bolsheviks) (23 May 1924 – 31 May 1924 · 1 mention)',
      'Dates: 1924 (1 mention)',
    ]);
  });

  it('finds any entity of the knowledge base by name', async () => {
    const { service } = await at('|');
    assert.deepStrictEqual(
      service.workspaceSymbols('zinov').map((s) => s.name),
      ['Grigory Zinoviev'],
    );
    assert.ok(service.workspaceSymbols('').length >= 10);
  });
});

describe('diagnostics and quick fixes', () => {
  it('flags a misspelling and offers the fix with the possessive kept', async () => {
    const { service } = await at('|Bukarins ideas and Zionev.');
    const diags = service.diagnostics(A);
    assert.deepStrictEqual(
      diags.map((d) => d.message),
      [
        "“Bukarins” looks like a misspelling of Bukharin's (Nikolai Bukharin).",
        '“Zionev” looks like a misspelling of Zinoviev (Grigory Zinoviev).',
      ],
    );
    const actions = service.codeActions(A, diags[0].range, diags);
    const titles = actions.map((a) => a.title);
    assert.deepStrictEqual(titles, [
      "Change to “Bukharin's”",
      'Accept “Bukarins” in this workspace',
      'Fix all 2 misspelt names in this note',
    ]);
    const edits = actions[2].edit!.changes![A];
    assert.deepStrictEqual(
      edits.map((e) => e.newText),
      ["Bukharin's", 'Zinoviev'],
    );
  });

  it('offers the plural a slip stands for, and leaves a slip the note puts right in a bracket', async () => {
    const service = await serviceWith({}, bundledKnowledgeBase(), []);
    service.openNote(A, 1, 'The Bolshaviks won. Stressman (Stresemann) led; the Provisional Goverment (PG) fell.');
    assert.deepStrictEqual(
      service.diagnostics(A).map((d) => d.message),
      [
        '“Bolshaviks” looks like a misspelling of Bolsheviks (Communist Party of the Soviet Union).',
        '“Provisional Goverment” looks like a misspelling of Provisional Government (Russian Provisional Government).',
      ],
    );
  });

  it('stays silent on names spelt right and on accepted names', async () => {
    const { service } = await at('|Bukharin and Zinoviev and Zionev.');
    service.updateSettings({ ...service.settings, acceptedNames: ['Zionev'] });
    assert.deepStrictEqual(service.diagnostics(A), []);
  });

  it('is off for a note whose front matter says so', async () => {
    const { service } = await at('|---\nhistory-notes: off\n---\nZionev');
    assert.deepStrictEqual(service.diagnostics(A), []);
  });
});

describe('timeline', () => {
  it('orders dates and dated entities, BCE first', async () => {
    const { service } = await at('|Trotsky in 1924; Caesar in 44 BC; the 15th Party Congress; 21 January 1924.');
    const t = service.timeline([A]).map((e) => `${e.when}: ${e.label}`);
    assert.deepStrictEqual(t, [
      '44 BCE: 44 BC',
      '7 November 1879 – 21 August 1940: Leon Trotsky',
      '1924: 1924',
      '21 January 1924: 21 January 1924',
      '2 December 1927 – 19 December 1927: 15th Congress of the All-Union Communist Party (Bolsheviks)',
    ]);
    const trotsky = service.timeline([A]).find((e) => e.id === 'leon-trotsky')!;
    assert.deepStrictEqual([trotsky.oldStyle, trotsky.oldStyleWhen], ['1879-10-26', '26 October 1879']);
  });

  it('marks an approximate date of the knowledge base as such', async () => {
    const service = await serviceWith({}, bundledKnowledgeBase(), []);
    service.openNote(A, 1, 'The NEP was a retreat.');
    const nep = service.timeline([A]).find((e) => e.id === 'new-economic-policy')!;
    assert.match(nep.when, /^21 March 1921 – c\. 1928$/);
  });
});

describe('semantic tokens, code lenses, entities and coverage', () => {
  it('types every mention by kind and marks misspellings', async () => {
    const { service } = await at('|Trotsky met Zionev in Petrograd in 1924.');
    const tokens = service.semanticTokens(A).map((t) => `${t.start}+${t.length}:${t.type}/${t.modifiers}`);
    // person=0, place=6, date=8; modifier 1 = misspelt
    assert.deepStrictEqual(tokens, ['0+7:0/0', '12+6:0/1', '22+9:6/0', '35+4:8/0']);
    assert.deepStrictEqual(service.semanticTokens(A, 1, 5), []);
  });

  it('puts a lens on the first mention of each person and congress, counting notes', async () => {
    const { service } = await at('|Trotsky and Trotsky at the 13th Party Congress', { [B]: 'Trotsky again' });
    const lenses = service.codeLenses(A).map((l) => `${l.range.start.character}:${l.command!.title}`);
    assert.deepStrictEqual(lenses, [
      '0:Leon Trotsky — mentioned in 2 notes',
      '27:13th Congress of the Russian Communist Party (Bolsheviks) — mentioned in 1 note',
    ]);
  });

  it('lists the entities of the workspace with counts, and their mentions', async () => {
    const { service } = await at('|Trotsky and Stalin', { [B]: 'Trotsky again, and Kirov' });
    const people = service
      .workspaceEntities()
      .filter((e) => e.kind === 'person')
      .map((e) => `${e.label}:${e.mentions}/${e.notes}`);
    assert.deepStrictEqual(people, ['Leon Trotsky:2/2', 'Joseph Stalin:1/1', 'Sergei Kirov:1/1']);
    assert.deepStrictEqual(
      service
        .mentions('leon-trotsky')
        .map((l) => l.uri)
        .sort(),
      [A, B],
    );
  });
});
