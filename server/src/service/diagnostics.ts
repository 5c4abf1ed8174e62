/**
 * Diagnostics: what a history teacher would circle in red, line by line: misspelt names (misspellings.ts), and
 * wrong dates, anachronisms and confusions (factCheck/). Precision first: nothing is reported unless the
 * knowledge base is sure.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { foldName } from '../kb/normalise';
import type { NoteAnalysis } from '../recogniser/noteAnalysis';
import type { Mention } from '../recogniser/types';
import type { ServiceContext } from './context';
import { checkFactsOnLine, once } from './factCheck/checkFacts';
import { checkParentDateOnLine } from './factCheck/parentDates';
import { checkHeadingYearOnLine } from './factCheck/yearHeadings';
import { checkAnswerOnLine, checkCountAnswerOnLine } from './factCheck/questions';
import { checkPronounOnLine } from './factCheck/pronouns';
import { checkObjectPronounOnLine } from './factCheck/objectPronoun';
import { checkCuedFiguresOnLine, checkFiguresAboveOnLine } from './factCheck/cuedFigures';
import { checkThrowersOnLine } from './factCheck/throwers';
import { checkSubjectOnLine } from './factCheck/subjects';
import { checkTableRowOnLine } from './factCheck/tableRows';
import { checkVotesOnLine } from './factCheck/votes';
import { atLine, toSeverity, citeWork } from './findings';
import { misspellingsOnLine } from './misspellings';

/** Front matter that turns checking off for a note: `history-notes: off` or `factCheck: false`. */
function checkingOff(n: NoteAnalysis): boolean {
  if (n.lineText(0).trimEnd() !== '---') return false;
  for (let i = 1; i < Math.min(n.lineCount, 60); i++) {
    const l = n.lineText(i).trim();
    if (l === '---' || l === '...') break;
    if (/^(history-notes|historyNotes|factCheck|fact-check)\s*:\s*(off|false|no)\s*$/i.test(l)) return true;
  }
  return false;
}

/** One line's findings, with the line left at 0: its misspellings, and the fact checker's findings. */
interface LineFindings {
  misspellings: Diagnostic[];
  facts: Diagnostic[];
}

/**
 * Findings per line, cached under the line's list of mentions. The analysis replaces a line's list whenever it
 * re-scans the line, and a line's findings depend on nothing but its text and mentions (and the knowledge base
 * and settings, whose objects key the outer maps): so a keystroke re-checks only the lines it touched. An answer
 * to a question on the line above (factCheck/questions.ts) is checked afresh each time.
 */
const cache = new WeakMap<object, WeakMap<object, WeakMap<readonly Mention[], LineFindings>>>();

function lineCache(ctx: ServiceContext): WeakMap<readonly Mention[], LineFindings> {
  let byKb = cache.get(ctx.kb);
  if (!byKb) cache.set(ctx.kb, (byKb = new WeakMap()));
  let lines = byKb.get(ctx.settings);
  if (!lines) byKb.set(ctx.settings, (lines = new WeakMap()));
  return lines;
}

/** A line that asks (a question mark) or answers ("A:"): its answer is checked against its question. */
const ASKS_OR_ANSWERS = /\?|\bA(?:ns(?:wer)?)?\s*\d*\s*[:.)–-]/;

/** A label that says the line is false on purpose: a myth, a misconception, a wrong answer. */
const SAID_FALSE = new RegExp(
  String.raw`^\s*(?:[-*+•>]\s+|\d+[.)]\s+)?(?:\*\*|__)?(?:(?:myths?|misconceptions?|wrong|false|incorrect|not\s+true|` +
    String.raw`(?:common\s+)?mistakes?|don['’]t\s+write|✗|❌)\s*(?:\d+\s*)?(?:\*\*|__)?\s*(?:[:–—]|\s-\s)|` +
    // A cross alone marks the line false too: "❌ Vera Zasulich was convicted for shooting Trepov".
    String.raw`[✗✘❌]\uFE0F?\s)`,
  'iu',
);

/**
 * A line that ends by asking whether it is so, with no question mark, as a chat does: "kapp putsch was 1919 right",
 * "land and liberty split in 1881 yeah". Not a side or a direction: "moved to the right", "the far right".
 */
const ASKS_IF_SO = new RegExp(
  String.raw`(?<!\b(?:the|to|far|far-|radical|political|new|hard|extreme|a|its|his|her|their)\s?)` +
    String.raw`\s(?:right|yeah|innit|isn['’]t\s+it|wasn['’]t\s+it|didn['’]t\s+(?:he|she|it|they))` +
    String.raw`\s*\??\s*$`,
  'i',
);

/** Does the line make no claim: it labels itself false, or asks whether it is so? */
function makesNoClaim(text: string): boolean {
  return SAID_FALSE.test(text) || ASKS_IF_SO.test(text);
}

export function getDiagnostics(ctx: ServiceContext, n: NoteAnalysis): Diagnostic[] {
  if (checkingOff(n)) return [];
  const sev = toSeverity(ctx.settings.factCheck.misspellings);
  const accepted = new Set(ctx.settings.acceptedNames.map(foldName));
  const cached = lineCache(ctx);
  const misspellings: Diagnostic[] = [],
    facts: Diagnostic[] = [];
  for (let line = 0; line < n.lineCount; line++) {
    const mentions = n.mentionsOnLine(line);
    // A line the note labels false on purpose is no claim: "Myth: Hitler was elected chancellor by the people".
    if (makesNoClaim(n.lineText(line))) {
      if (mentions.length && sev !== undefined)
        for (const d of misspellingsOnLine(ctx, n, line, sev, accepted)) misspellings.push(atLine(d, line));
      continue;
    }
    if (!mentions.length) {
      // A list item that names nothing may still tell of its parent ("  - freed 2.3 million serfs").
      facts.push(...checkSubjectOnLine(ctx, n, line));
      facts.push(...checkPronounOnLine(ctx, n, line));
      // An answer that names no one: "A: voted for", "A: about 140".
      facts.push(...checkVotesOnLine(ctx, n, line));
      facts.push(...checkCountAnswerOnLine(ctx, n, line));
      // A count of the thing named just above: "- about 3,000 Jewish men sent to concentration camps".
      facts.push(...checkFiguresAboveOnLine(ctx, n, line));
      continue;
    }
    let found = cached.get(mentions);
    if (!found) {
      found = {
        misspellings: sev === undefined ? [] : misspellingsOnLine(ctx, n, line, sev, accepted),
        facts: checkFactsOnLine(ctx, n, line).map((d) => atLine(d, 0)),
      };
      cached.set(mentions, found);
    }
    for (const d of found.misspellings) misspellings.push(atLine(d, line));
    for (const d of found.facts) facts.push(atLine(d, line));
    // An answer's findings depend on its question, on another line: they are not cached with the line's.
    if (
      mentions.some((m) => m.kind === 'date') ||
      mentions[0].kind === 'person' ||
      mentions[0].kind === 'place' ||
      ASKS_OR_ANSWERS.test(n.lineText(line))
    )
      facts.push(...checkAnswerOnLine(ctx, n, line));
    // So are a list item's whose subject is its parent's person (the heading or item above), and a sub-item's
    // anachronisms at its parent's date.
    facts.push(...checkSubjectOnLine(ctx, n, line));
    facts.push(...checkParentDateOnLine(ctx, n, line));
    facts.push(...checkHeadingYearOnLine(ctx, n, line));
    facts.push(...checkPronounOnLine(ctx, n, line));
    facts.push(...checkObjectPronounOnLine(ctx, n, line));
    facts.push(...checkThrowersOnLine(ctx, n, line));
    facts.push(...checkCuedFiguresOnLine(ctx, n, line));
    facts.push(...checkFiguresAboveOnLine(ctx, n, line));
    facts.push(...checkTableRowOnLine(ctx, n, line));
    facts.push(...checkVotesOnLine(ctx, n, line));
  }
  // Each finding names the work it cites, as the reader sees it cited ("Encyclopaedia Britannica — Leon Trotsky").
  return misspellings.concat(once(facts).map((d) => citeWork(d, ctx.kb)));
}
