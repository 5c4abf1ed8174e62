/**
 * Where the recogniser reads prose, measured on the CommonMark spec's own examples (test/commonmarkSpec.ts says
 * how): at least 98% of the examples that hold the word must agree with the spec's HTML. Each example is also
 * built up edit by edit, and must then read exactly as when parsed whole.
 */
import * as assert from 'assert';
import { NoteAnalysis } from '../../server/src/recogniser/noteAnalysis';
import { Scanner } from '../../server/src/recogniser/scan';
import { NAME_ID, specAgreement, specExamples } from '../commonmarkSpec';
import { fixtureKnowledgeBase } from '../helpers';

const THRESHOLD = 0.98;

function sameAnalysis(live: NoteAnalysis, whole: NoteAnalysis, what: string): void {
  assert.strictEqual(live.lineCount, whole.lineCount, `${what}: line count`);
  for (let line = 0; line < whole.lineCount; line++) {
    assert.deepStrictEqual(live.proseOf(line), whole.proseOf(line), `${what}: prose of line ${line}`);
    assert.deepStrictEqual(live.mentionsOnLine(line), whole.mentionsOnLine(line), `${what}: mentions of line ${line}`);
  }
}

describe('CommonMark spec examples', () => {
  const scanner = Scanner.forEntities(fixtureKnowledgeBase().entities);

  it(`agree with the spec's HTML on where the prose is (at least ${THRESHOLD * 100}%)`, () => {
    const result = specAgreement(
      (markdown) => [...new NoteAnalysis(scanner, markdown).all()].filter((m) => m.id === NAME_ID).length,
    );
    const share = result.agreed / result.total;
    const report = result.disagreements
      .map(
        (d) => `  #${d.number} (${d.section}): expected ${d.expected}, found ${d.found}: ${JSON.stringify(d.markdown)}`,
      )
      .join('\n');
    assert.ok(
      share >= THRESHOLD,
      `${result.agreed} of ${result.total} agree (${(share * 100).toFixed(1)}%); these do not:\n${report}`,
    );
  });

  it('read the same typed line by line, and edited in the middle, as parsed whole', () => {
    for (const ex of specExamples()) {
      const whole = new NoteAnalysis(scanner, ex.markdown);
      // Typed: each line appended at the end of the note.
      const typed = new NoteAnalysis(scanner, '');
      const lines = ex.markdown.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const last = typed.lineCount - 1;
        const at = { line: last, character: typed.lineText(last).length };
        typed.applyChange({ start: at, end: at }, (i ? '\n' : '') + lines[i]);
      }
      sameAnalysis(typed, whole, `#${ex.number} typed`);
      // Each line cut out, then put back.
      for (let line = 0; line + 1 < whole.lineCount; line++) {
        const live = new NoteAnalysis(scanner, ex.markdown);
        const text = live.lineText(line) + '\n';
        const start = { line, character: 0 };
        live.applyChange({ start, end: { line: line + 1, character: 0 } }, '');
        live.applyChange({ start, end: start }, text);
        sameAnalysis(live, whole, `#${ex.number} line ${line} cut and put back`);
      }
    }
  });
});
