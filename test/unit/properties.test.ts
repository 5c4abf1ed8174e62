/**
 * Property tests (fast-check): whatever the text, recognition never throws, its ranges are sane, an edited note
 * reads as the same text scanned whole, and every feature answers. A short run here; `npm run fuzz` runs the
 * long campaign. A failure prints fast-check's seed and path: replay with FC_SEED=<seed> npm test, or with
 * `npm run fuzz -- --seed <seed> --path <path>`.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { NoteAnalysis } from '../../server/src/recogniser/noteAnalysis';
import { Scanner } from '../../server/src/recogniser/scan';
import { bundledKnowledgeBase, fixtureKnowledgeBase, serviceWith } from '../helpers';
import {
  applyToText,
  checkFeatures,
  checkIncremental,
  checkRecognition,
  edits,
  fuzzService,
  LONG_ENDS,
  LONG_HEADS,
  LONG_TAILS,
  LONG_UNITS,
  longLineOf,
  noteText,
  positions,
  smallNoteText,
} from '../properties';

const seed = process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {};

describe('properties (fast-check)', function () {
  const service = fuzzService(fixtureKnowledgeBase());
  const scanner = Scanner.forEntities(fixtureKnowledgeBase().entities);

  it('recognition never throws; mentions lie inside their line, sorted and apart', () => {
    fc.assert(
      fc.property(noteText, (text) => {
        checkRecognition(scanner, text);
      }),
      { numRuns: 400, ...seed },
    );
  });

  it('incremental equals full: edits applied one by one read as the final text scanned whole', () => {
    fc.assert(
      fc.property(smallNoteText, edits, (text, changes) => {
        checkIncremental(scanner, text, changes);
      }),
      { numRuns: 400, ...seed },
    );
  });

  it('incremental equals full for diagnostics: findings cached per line match a note checked afresh', () => {
    const live = 'file:///notes/live.md',
      fresh = 'file:///notes/fresh.md';
    fc.assert(
      fc.property(smallNoteText, edits, (text, changes) => {
        let expected = text;
        service.openNote(live, 1, text);
        service.diagnostics(live);
        changes.forEach((c, i) => {
          expected = applyToText(expected, c);
          service.changeNote(live, i + 2, [c]);
          service.openNote(fresh, 1, expected);
          assert.deepStrictEqual(service.diagnostics(live), service.diagnostics(fresh));
          service.closeNote(fresh);
        });
        service.closeNote(live);
      }),
      { numRuns: 300, ...seed },
    );
  });

  it('every feature answers any note at any position, with ranges inside the note', () => {
    fc.assert(
      fc.property(noteText, positions, (text, at) => {
        checkFeatures(service, text, at);
      }),
      { numRuns: 300, ...seed },
    );
  });

  describe('edits that do not fit, as an LSP text document takes them', () => {
    // Each of these once left the live analysis out of step with the text.
    const cases: [string, string, [number, number, number, number], string][] = [
      ['a range past the last line ends at the end of the note', 'Bukarins', [0, 0, 1, 0], ''],
      ['a reversed range is turned round', 'Stalin\nTrotsky\nKamenev', [2, 3, 0, 2], 'X'],
      ['a start past the last line is the end of the note', 'Stalin', [5, 0, 5, 0], ' and Trotsky'],
      ['a lone CR before an inserted LF is one line break', 'Stalin\rTrotsky', [1, 0, 1, 0], '\nKirov'],
      ['an inserted CR before an LF is one line break', 'Stalin\nTrotsky', [0, 6, 0, 6], ' met Kirov\r'],
      ['deleting what stood between a CR and an LF joins them', 'Stalin\rX\nTrotsky', [1, 0, 1, 1], ''],
      ['a negative position is the start of the note', '```\nStalin', [-1, -4, 0, 3], ''],
      ['deleting an opening fence turns the code below back into prose', '```\nSaint Petersburg', [0, 3, 0, 0], ''],
      ['a blank line typed over a fence line re-reads what follows', '```\nStalin\n```\nTrotsky', [2, 0, 2, 3], ''],
      // The decade reader read a token past the span's end, left over from the line scanned before.
      ["a URL cuts a decade's 's off", "from\n1920's", [1, 6, 1, 6], 'http://example.org/Stalin_1924'],
      ['a paragraph becomes a heading, and back', 'Trotsky\nStalin\n\nKirov', [1, 0, 1, 0], '# '],
      ['a line typed in a list joins it', '- Trotsky\n\nStalin\n- Kirov', [2, 0, 2, 0], '  '],
      [
        'a link reference defined below changes a link above',
        '[Trotsky]\n\nStalin\n\n[x]: /u',
        [4, 1, 4, 2],
        'Trotsky',
      ],
      ['typing inside a fence changes nothing else', '```\nStalin\nKirov\n```\nTrotsky', [1, 6, 2, 0], ' met\n'],
      ['a fence closed inside a fence', '```\nStalin\nKirov\nTrotsky', [2, 0, 2, 0], '```\n'],
      ['an item typed in a list', '- Trotsky\n- Stalin\n- Kirov', [1, 2, 1, 2], 'x '],
      ['an item made a continuation', '- Trotsky\n- Stalin\n- Kirov', [1, 0, 1, 2], '  '],
      ['a list item made code', '1. Trotsky\n2. Stalin\n\n   Kirov\n3. NEP', [3, 0, 3, 0], '    '],
      ['a bullet changed mid-list', '- Trotsky\n- Stalin\n- Kirov', [1, 0, 1, 1], '*'],
      ['a fence opened in an item', '- Trotsky\n- Stalin\n- Kirov', [1, 2, 1, 2], '```\n'],
      ['typing above link definitions', 'Trotsky [x]\n\n[x]: /u\n[y]: /v\n\nStalin [y]', [0, 0, 0, 0], 'Kirov '],
      ['a definition made a paragraph line', 'Trotsky\n[x]: /u\n\n[x]', [0, 7, 1, 0], ' '],
      ['a definition in a quote', '> [x]: /u\n\n[x] Stalin', [0, 0, 0, 2], ''],
      ['a fence closed by a line joined to its last', '```\nStalin\nKirov\n```\nTrotsky', [2, 5, 3, 0], ''],
    ];
    for (const [name, text, [sl, sc, el, ec], insert] of cases) {
      it(name, () => {
        const change = {
          range: { start: { line: sl, character: sc }, end: { line: el, character: ec } },
          text: insert,
        };
        checkIncremental(scanner, text, [change]);
        const a = new NoteAnalysis(scanner, text);
        a.applyChange(change.range, insert);
        assert.strictEqual(a.text(), applyToText(text, change));
      });
    }
  });

  it('reads a 100,000-character line of any pattern in linear time, fact checks included', function () {
    this.timeout(60_000);
    const slow: string[] = [];
    for (const unit of LONG_UNITS) {
      for (const tail of LONG_TAILS.filter(
        (t) => t === '!' || (unit === '](' && t === ')') || (unit === ' ' && t.startsWith(':')),
      )) {
        const text = longLineOf(unit, tail);
        const started = Date.now();
        service.openNote('file:///long.md', 1, text);
        const end = { line: 0, character: text.length };
        service.completion('file:///long.md', end, true);
        service.hover('file:///long.md', end);
        service.diagnostics('file:///long.md');
        service.closeNote('file:///long.md');
        const ms = Date.now() - started;
        // Linear work is a few tens of milliseconds; anything quadratic takes seconds to minutes.
        if (ms > 1500) slow.push(`${JSON.stringify(unit)}+${JSON.stringify(tail)}: ${ms} ms`);
      }
    }
    service.forgetNote('file:///long.md');
    assert.deepStrictEqual(slow, []);
  });

  it('fact checks a name, 100,000 spaces and the words each rule reads at its end in linear time', async function () {
    this.timeout(60_000);
    const checker = await serviceWith({}, bundledKnowledgeBase(), []);
    const slow: string[] = [];
    for (const head of LONG_HEADS) {
      for (const tail of LONG_ENDS) {
        const text = head + ' '.repeat(100_000) + tail;
        const started = Date.now();
        checker.openNote('file:///long.md', 1, text);
        checker.diagnostics('file:///long.md');
        const ms = Date.now() - started;
        if (ms > 1500) slow.push(`${JSON.stringify(head)}+${JSON.stringify(tail)}: ${ms} ms`);
      }
    }
    assert.deepStrictEqual(slow, []);
  });
});
