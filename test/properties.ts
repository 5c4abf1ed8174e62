/**
 * The properties the recogniser and the language service must keep whatever text they are given, and the
 * generators that try hard to break them. Shared by the short run in the test suite
 * (test/unit/properties.test.ts) and the long campaign (`npm run fuzz`, scripts/fuzz.ts).
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { KnowledgeBase } from '../server/src/kb/knowledgeBase';
import { NoteAnalysis } from '../server/src/recogniser/noteAnalysis';
import { NoteDocument } from '../server/src/recogniser/noteDocument';
import { Scanner } from '../server/src/recogniser/scan';
import { LanguageService } from '../server/src/service/languageService';
import { MemoryWorkspace } from '../server/src/workspace/workspace';
import { throwingLogger } from './helpers';

// ---- generators ------------------------------------------------------------------------------------------

/** Pieces of Markdown and of history notes: the recogniser's and the Markdown reader's every decision point. */
const PIECES = [
  '\n',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  ' ',
  ' ',
  '  ',
  '    ',
  '\t',
  '\u00a0',
  '\u202f',
  '\u2028',
  '\ufeff',
  '\0',
  '```',
  '```md',
  '~~~',
  '````',
  '---',
  '+++',
  '...',
  '<!--',
  '-->',
  '`',
  '``',
  '<span title="Stalin">',
  '</span>',
  '<br/>',
  '<',
  '>',
  '<a@b.c>',
  '<https://x.org/Stalin>',
  '[',
  ']',
  '](',
  '(',
  ')',
  ']: ',
  '[ref]: ',
  '[[',
  ']]',
  '[[Trotsky|',
  '![',
  '^[',
  '[^1]',
  '[^1]: ',
  '$$',
  '<div>',
  '</div>',
  '~~',
  '- [ ] ',
  '   - ',
  'http://example.org/Stalin_1924',
  'https://',
  'www.',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '> ',
  '# ',
  '## ',
  '|',
  '---|---',
  '*',
  '**',
  '_',
  '\\',
  '&amp;',
  ',',
  '.',
  ';',
  '!',
  '?',
  "'",
  "'s",
  '’s',
  '’',
  '"',
  '-',
  '–',
  '—',
  '/',
  '%',
  '£',
  '$',
  '#',
  'Stalin',
  'Trotsky',
  'Leon Trotsky',
  'L. D. Trotsky',
  'Stalins',
  'Trotksy',
  'Trotskys',
  'Zinoviev',
  'Zionev',
  'Zinovyev',
  'Bukarins',
  'Kirov',
  'in Kirov',
  'Service',
  'service',
  'the Left',
  'NEP',
  'Saint Petersburg',
  'St Petersburg',
  'Kronstadt',
  'Socialism in One Country',
  'Lev Davidovich Bronstein',
  'Koba',
  'Dzhugashvili',
  '1924',
  '1917',
  '1879',
  '44',
  '800',
  '30%',
  '100,000',
  '1500 troops',
  '21',
  '31',
  '29',
  '2',
  'January',
  'February',
  'Jan.',
  'Sept',
  'May',
  '15th',
  '13th',
  '10th',
  'Fifteenth',
  'Tenth',
  'XV',
  'XIII',
  'Party',
  'Communist',
  'Congress',
  'Conference',
  'c.',
  'c',
  'ca',
  'circa',
  'BC',
  'BCE',
  'AD',
  'CE',
  'between',
  'and',
  'from',
  'to',
  'until',
  'the',
  'of',
  'early',
  'mid',
  'late',
  '1920s',
  "1920's",
  '1927-8',
  '1927–28',
  '21/1/1924',
  '1.2.1924',
  'é',
  'e\u0301',
  'Ста́лин',
  'Троцкий',
  '斯大林',
  '😀',
  '𝐒𝐭𝐚𝐥𝐢𝐧',
  '\u0301',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  'İ',
  'ß',
  'ﬁ',
  'Ⅻ',
];

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  // Any UTF-16 code unit: lone surrogate halves, controls, private use.
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

const pieces = (max: number) => fc.array(piece, { maxLength: max }).map((a) => a.join(''));

/** Lines long enough to catch anything quadratic: each piece repeated to 100,000 characters. */
export const LONG_UNITS = [
  'Stalin ',
  'a',
  ' ',
  '](',
  '``a',
  '<a',
  '(',
  '[',
  '1st ',
  '1924 ',
  '- ',
  '`',
  '<!--',
  'Trotksy ',
  '\u0301',
  '\ud800',
  'é',
];
// A run of spaces (or of wiki-link brackets, read as spaces) before a colon once took the fact checker minutes.
export const LONG_TAILS = ['', '!', ')', '`', '>', ' x', ': Stalin – leader made by'];
/** Names and question lines that open a long line of spaces, and endings the fact rules read back from. */
export const LONG_HEADS = [
  'Rasputin was murdered by Prince Felix Yusupov',
  'Kirov',
  'Kapp Putsch',
  '**Q:** When and where was Stolypin shot?\n**A:**',
];
export const LONG_ENDS = [
  ' and fellow conspirators in December 1915',
  '? A: Around 3,000, mostly to Dachau',
  ' In the cellar of the Ipatiev House in Tobolsk',
  ', and later crushed',
  ': right-wing coup of March 1922',
  ', introduced in 1899, were nobles',
];
export const longLineOf = (unit: string, tail: string) => unit.repeat(Math.ceil(100_000 / unit.length)) + tail;
const longLine = fc
  .tuple(fc.constantFrom(...LONG_UNITS), fc.constantFrom(...LONG_TAILS))
  .map(([u, tail]) => longLineOf(u, tail));

/** Deeply nested Markdown: quotes, lists, brackets, emphasis, code spans. */
const nested = fc
  .tuple(
    fc.constantFrom('> ', '- ', '  - ', '[', '(', '*', '**', '`', '<span>', '1. '),
    fc.integer({ min: 1, max: 2000 }),
    pieces(6),
  )
  .map(([open, depth, inner]) => open.repeat(depth) + inner);

/** Structures that never close: a fence, front matter, a comment. */
const unclosed = fc
  .tuple(fc.constantFrom('```\n', '~~~~\n', '---\n', '+++\n', '<!--\n', '    '), pieces(20))
  .map(([o, rest]) => o + rest);

/**
 * Any note: mostly small and dense with decision points, sometimes huge, nested or never closed. A 100,000-
 * character line costs a thousand small notes, so it comes one time in a few hundred; the suite also scans every
 * long pattern on purpose (test/unit/properties.test.ts).
 */
export const noteText: fc.Arbitrary<string> = fc.oneof(
  { weight: 300, arbitrary: pieces(40) },
  { weight: 60, arbitrary: unclosed },
  { weight: 20, arbitrary: nested },
  { weight: 20, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.tuple(pieces(8), longLine, pieces(8)).map((a) => a.join('')) },
);

/** A small note: for edit sequences, where each edit is re-checked. */
export const smallNoteText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: pieces(30) },
  { weight: 1, arbitrary: unclosed },
);

export interface Edit {
  range?: Range;
  text: string;
}

/** A coordinate: mostly inside a small note, sometimes past its end or negative. */
const coord = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 0, max: 8 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: -2, max: 1000 }) },
);
const position = fc.record({ line: coord, character: coord });

/** An LSP content change: a range (possibly reversed or out of the document) and new text, or a full replacement. */
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 20, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: pieces(4) }) },
  { weight: 1, arbitrary: fc.record({ text: pieces(10) }) },
);

export const edits = fc.array(edit, { maxLength: 12 });

/** Where the editor asks: any line and column, past the end too. */
export const positions = fc.array(
  fc.record({ line: fc.integer({ min: 0, max: 12 }), character: fc.integer({ min: 0, max: 200 }) }),
  { minLength: 1, maxLength: 6 },
);

// ---- properties ------------------------------------------------------------------------------------------

/** Mentions lie inside their line, are non-empty, sorted and do not overlap; the line count is the editor's. */
export function checkRecognition(scanner: Scanner, text: string): NoteAnalysis {
  const a = new NoteAnalysis(scanner, text);
  checkAnalysis(a, text);
  return a;
}

function checkAnalysis(a: NoteAnalysis, text: string): void {
  // Counted from the text: TextDocument's own line count goes wrong after a change whose range is past the end.
  assert.strictEqual(a.lineCount, TextDocument.create('file:///p.md', 'markdown', 1, text).lineCount, 'line count');
  for (let line = 0; line < a.lineCount; line++) {
    const len = a.lineText(line).length;
    let prevEnd = 0;
    for (const m of a.mentionsOnLine(line)) {
      // Messages are built only on failure: a 100,000-character line holds tens of thousands of mentions.
      if (!Number.isInteger(m.start) || !Number.isInteger(m.end))
        assert.fail(`not an integer range: ${JSON.stringify(m)}`);
      if (m.start < prevEnd)
        assert.fail(`not sorted, or overlapping, at line ${line}: ${JSON.stringify(m)} starts before ${prevEnd}`);
      if (m.end <= m.start || m.end > len)
        assert.fail(`outside line ${line} (length ${len}) or empty: ${JSON.stringify(m)}`);
      prevEnd = m.end;
    }
  }
}

/**
 * What an LSP text document makes of a change: the text with the range's offsets replaced. Offsets are taken on
 * a fresh document each time, since TextDocument.update's own line bookkeeping goes wrong after a change whose
 * range lies past the end (its text stays right; its line offsets do not).
 */
export function applyToText(text: string, c: Edit): string {
  if (!c.range) return c.text;
  const doc = TextDocument.create('file:///p.md', 'markdown', 1, text);
  let a = doc.offsetAt(c.range.start),
    b = doc.offsetAt(c.range.end);
  const { start, end } = c.range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character))
    [a, b] = [doc.offsetAt(end), doc.offsetAt(start)];
  return text.slice(0, a) + c.text + text.slice(b);
}

/**
 * Incremental equals full: a note that received the edits one by one reads exactly as a note built on the final
 * text (line count, every line's text, mentions and prose spans).
 */
export function checkIncremental(scanner: Scanner, text: string, changes: readonly Edit[]): void {
  let expected = text;
  const live = new NoteAnalysis(scanner, text);
  for (const c of changes) {
    expected = applyToText(expected, c);
    if (c.range) live.applyChange(c.range, c.text);
    else live.reset(c.text);
    const whole = new NoteAnalysis(scanner, expected);
    checkAnalysis(live, expected);
    assert.strictEqual(live.text(), expected, 'text');
    assert.strictEqual(live.lineCount, whole.lineCount, 'line count');
    for (let line = 0; line < whole.lineCount; line++) {
      assert.strictEqual(live.lineText(line), whole.lineText(line), `text of line ${line}`);
      assert.deepStrictEqual(live.mentionsOnLine(line), whole.mentionsOnLine(line), `mentions of line ${line}`);
      assert.deepStrictEqual(live.proseOf(line), whole.proseOf(line), `prose of line ${line}`);
    }
    checkDocument(new NoteDocument('file:///p.md', 1, live), expected, c.range ? [c.range.start, c.range.end] : []);
  }
}

/**
 * The open note as a text document answers as the library's TextDocument over the same text: line count, text,
 * offsets and positions (at the given positions, the ends of the note and past them), line ranges and breaks.
 */
export function checkDocument(doc: NoteDocument, text: string, at: readonly { line: number; character: number }[]) {
  const lib = TextDocument.create('file:///p.md', 'markdown', 1, text);
  assert.strictEqual(doc.lineCount, lib.lineCount, 'document line count');
  assert.strictEqual(doc.getText(), text, 'document text');
  const positions = [
    ...at,
    { line: 0, character: 0 },
    { line: lib.lineCount, character: 3 },
    { line: -1, character: 2 },
  ];
  for (const p of positions) {
    assert.strictEqual(doc.offsetAt(p), lib.offsetAt(p), `offsetAt ${JSON.stringify(p)}`);
    assert.deepStrictEqual(doc.getLineRange(p.line), lib.getLineRange(p.line), `getLineRange ${p.line}`);
    assert.strictEqual(doc.getEOLCharacters(p.line), lib.getEOLCharacters(p.line), `getEOLCharacters ${p.line}`);
  }
  for (const o of [
    -1,
    0,
    Math.floor(text.length / 2),
    text.length - 1,
    text.length,
    text.length + 2,
    ...at.map((p) => lib.offsetAt(p)),
  ])
    assert.deepStrictEqual(doc.positionAt(o), lib.positionAt(o), `positionAt ${o}`);
  if (at.length >= 2) {
    const range = { start: at[0], end: at[1] };
    assert.strictEqual(doc.getText(range), lib.getText(range), 'getText(range)');
  }
}

const URI = 'file:///notes/fuzz.md';
const OTHER = 'file:///notes/other.md';

/** A service with one other note indexed, reused across runs (only the fuzzed note is opened and closed). */
export function fuzzService(kb: KnowledgeBase): LanguageService {
  const service = new LanguageService({
    kb,
    workspace: new MemoryWorkspace(new Map([[OTHER, 'Trotsky met Stalin in 1924. Zionev.']])),
    logger: throwingLogger,
  });
  service.indexText(OTHER, 'Trotsky met Stalin in 1924. Zionev.');
  return service;
}

/**
 * Every feature (hover, completion and its resolution, definition, references, highlights, symbols, diagnostics,
 * code actions, timeline, semantic tokens, code lenses) answers any note at any position without throwing, and
 * every range it gives for the note lies inside it.
 */
export function checkFeatures(
  service: LanguageService,
  text: string,
  at: readonly { line: number; character: number }[],
): void {
  service.openNote(URI, 1, text);
  try {
    const a = service.analysis(URI)!;
    const inside = (r: Range, what: string) => {
      for (const p of [r.start, r.end]) {
        if (!(p.line >= 0 && p.line < a.lineCount && p.character >= 0 && p.character <= a.lineText(p.line).length))
          assert.fail(`${what}: ${JSON.stringify(r)} is outside the note`);
      }
      if (!(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character)))
        assert.fail(`${what}: ${JSON.stringify(r)} is reversed`);
    };
    const diagnostics = service.diagnostics(URI);
    for (const d of diagnostics) inside(d.range, 'diagnostic');
    for (const g of service.documentSymbols(URI)) {
      inside(g.range, 'symbol group');
      for (const c of g.children ?? []) inside(c.range, 'symbol');
    }
    for (const t of service.timeline([URI]))
      inside(
        { start: { line: t.line, character: t.character }, end: { line: t.line, character: t.endCharacter } },
        'timeline',
      );
    for (const t of service.semanticTokens(URI))
      inside(
        { start: { line: t.line, character: t.start }, end: { line: t.line, character: t.start + t.length } },
        'semantic token',
      );
    for (const l of service.codeLenses(URI)) inside(l.range, 'code lens');
    for (const pos of at) {
      const h = service.hover(URI, pos);
      if (h?.range) inside(h.range, 'hover');
      for (const invoked of [false, true]) {
        const list = service.completion(URI, pos, invoked);
        for (const item of list.items.slice(0, 3)) {
          if (item.textEdit && 'range' in item.textEdit) inside(item.textEdit.range, 'completion edit');
          service.resolveCompletion(item);
        }
      }
      service.definition(URI, pos);
      for (const l of service.references(URI, pos, true)) if (l.uri === URI) inside(l.range, 'reference');
      for (const h2 of service.documentHighlights(URI, pos)) inside(h2.range, 'highlight');
      const range = { start: pos, end: pos };
      for (const act of service.codeActions(URI, range, diagnostics)) {
        for (const e of act.edit?.changes?.[URI] ?? []) inside(e.range, 'code action edit');
      }
    }
    service.workspaceSymbols(text.slice(0, 20));
  } finally {
    service.closeNote(URI);
    service.forgetNote(URI);
  }
}

/** One input of the campaign: a note, edits to it and positions to ask at. */
export const campaignInput = fc.record({ text: noteText, small: smallNoteText, edits, at: positions });

export function checkAll(
  scanner: Scanner,
  service: LanguageService,
  input: { text: string; small: string; edits: Edit[]; at: { line: number; character: number }[] },
): void {
  checkRecognition(scanner, input.text);
  checkIncremental(scanner, input.small, input.edits);
  checkFeatures(service, input.text, input.at);
}
