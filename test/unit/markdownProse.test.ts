/**
 * Where the prose is, case by case, for the Markdown that notes use beyond CommonMark's core (GFM tables,
 * strikethrough, task lists, footnotes, bare URLs, front matter, math, wiki-links) and for the CommonMark that
 * the old line scanner misread. Each case: a note and every mention expected in it, as `written=id`.
 */
import * as assert from 'assert';
import { mentionsOf, serviceWith } from '../helpers';
import type { LanguageService } from '../../server/src/service/languageService';

const TRO = 'Trotsky=leon-trotsky';
const STA = 'Stalin=joseph-stalin';

const CASES: Record<string, [string, string[]][]> = {
  'GFM tables, strikethrough and task lists': [
    ['| Stalin | 1924 |\n|---|---|\n| Trotsky | exiled |', [STA, '1924=1924', TRO]],
    ['| a | b |\n|---|---|\n| `Stalin` | Trotsky |', [TRO]],
    ['| a | b |\n|---|---|\n| [[Stalin\\|him]] | Trotsky |', [STA, TRO]],
    ['| a | b |\n|---|---|\n| `x \\| Stalin` | Trotsky |', [TRO]],
    ['~~Stalin~~ Trotsky', [STA, TRO]],
    ['- [x] Stalin\n- [ ] Trotsky', [STA, TRO]],
  ],
  footnotes: [
    ['Trotsky[^1] said so.\n\n[^1]: Stalin denied it.', [TRO, STA]],
    ['As he wrote[^Stalin].\n\n[^Stalin]: Trotsky, My Life.', [TRO]],
    ['Inline^[Stalin wrote `Trotsky`] note.', [STA]],
  ],
  'bare URLs and autolinks': [
    ['see https://example.org/Stalin and Trotsky', [TRO]],
    ['see www.example.org/Stalin and Trotsky', [TRO]],
    ['mail stalin@example.org or <trotsky@example.org>', []],
    ['<https://example.org/Stalin> Trotsky', [TRO]],
  ],
  'front matter': [
    ['---\ntitle: Stalin\nhistory-notes: off\n---\nTrotsky', [TRO]],
    ['+++\ntitle = "Stalin"\n+++\nTrotsky', [TRO]],
    ['---\ntitle: Stalin\nnever closed, Trotsky', []],
    ['Trotsky\n---\nStalin', [TRO, STA]],
  ],
  math: [
    ['$Stalin$ and Trotsky', [TRO]],
    ['$$\nStalin\n$$\nTrotsky', [TRO]],
    ['It cost $5 and $10, said Stalin', [STA]],
    ['$$\nStalin\n\nstill math\n$$\n\nTrotsky', [TRO]],
  ],
  'wiki-links': [
    ['[[Leon Trotsky]] met Stalin', ['Leon Trotsky=leon-trotsky', STA]],
    ['he met [[Trotsky|him]]', [TRO]],
    ['[[Trotsky|Bronstein]]', [TRO, 'Bronstein=leon-trotsky']],
    ['[[note#Stalin]]', []],
    ['[[Stalin#Early life]]', [STA]],
    ['[[My notes on Stalin|notes]] and [[Zinovev|Trotsky]]', [TRO]],
    ['[[unclosed Stalin', [STA]],
  ],
  'CommonMark the line scanner misread': [
    ['A code span `over\nStalin` two lines, Trotsky', [TRO]],
    ['[Trotsky][ref]\n\n[ref]: https://example.org "Stalin"', [TRO]],
    ['[Trotsky](https://example.org "Stalin\'s title")', [TRO]],
    ['<div class="x"\n  title="Stalin">\nTrotsky\n</div>', [TRO]],
    ['<!--\nStalin\n-->\nTrotsky', [TRO]],
    ['<script>\nStalin\n</script>\n\nTrotsky', [TRO]],
    ['&amp;Stalin and &Trotsky; (not an entity)', [STA, TRO]],
    ['\\*Stalin\\* and \\Trotsky', [STA, TRO]],
    ['# Heading\n    Stalin in code\nTrotsky', [TRO]],
    ['> quoted Stalin\n> ```\n> Trotsky\n> ```', [STA]],
    ['- a list\n\n      Stalin in code inside the item\n\n  Trotsky', [TRO]],
    ['\tTrotsky after a tab is code', []],
    ['- \tTrotsky after a tab in an item', [TRO]],
    ['Stalin&nbsp;and Trotsky', [STA, TRO]],
  ],
};

describe('Markdown prose', () => {
  let service: LanguageService;
  before(async () => {
    service = await serviceWith({});
  });

  for (const [group, cases] of Object.entries(CASES)) {
    describe(group, () => {
      for (const [text, expected] of cases) {
        it(`reads ${JSON.stringify(text)}`, () => {
          assert.deepStrictEqual(mentionsOf(service, text), expected);
        });
      }
    });
  }
});
