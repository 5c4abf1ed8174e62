/**
 * Who voted against a law: "Enabling Act … only the KPD deputies voted against it" (the SPD alone did: the KPD's
 * deputies had been arrested or had fled), "the SPD voted for it to avoid a ban", against the complete list of
 * parties the knowledge base records as voting against it (`votedAgainst`).
 *
 * The law is named in the clause, or it is "it" (or nothing) after the verb and the nearest line above that names
 * a law, at most two lines up, names exactly one with such a list.
 *
 * Precision first. Only a party named right before "voted against" or "voted for" (its "deputies" or "members",
 * a bracket, "also" or "too" may come between), with no negation; only when what the vote was on is the law itself,
 * "it", "the act", "the law", "the bill", or nothing more.
 */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Entity } from '../../kb/types';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import { Code, factFinding, type LineSpan } from '../findings';
import { severitiesOf } from './checkFacts';
import { clausesOf, lineOf, oneNamedAbove } from './clauses';
import { listPhrase, theName } from './phrases';

/** After the party: its deputies, a gloss, then the vote. */
const VOTED = new RegExp(
  String.raw`^(?:\s+(?:deputies|members|MPs|delegates|Reichstag\s+deputies))?(?:\s*\([^()]*\))?` +
    String.raw`(?:\s+(?:also|too|all|both))?(?:\s+(?:was|were)\s+the\s+only\s+(?:party|parties|one)\s+to)?` +
    String.raw`\s+(voted|votes|vote)\s+(against|for|in\s+favou?r(?:\s+of)?)\b`,
  'i',
);
/** What the vote was on, when it is not named: "it", "the act", or nothing more. */
const ON_IT = new RegExp(
  String.raw`^\s*(?:it|the\s+(?:act|law|bill|measure))?\s*` +
    String.raw`(?:$|[,;.:!?)–—-]|→|\(|\s(?:and|while|but|to|as|because|after|alongside|like|with)\b)`,
  'i',
);
/** How far above the law may be named. */
const REACH = 2;
const LAWS = new Set(['document']);

export function checkVotesOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const text = lineOf(n, line);
  if (!/\bvote[sd]?\s+(?:against|for|in\s+favou?r)\b/i.test(text)) return [];
  const severity = severitiesOf(ctx).confusions;
  if (severity === undefined) return [];
  const answered = answer(ctx, n, line, text, severity);
  if (answered) return answered;
  const out: Diagnostic[] = [];
  for (const clause of clausesOf(n, line)) {
    // The law named in the clause, or else earlier on the line: "SPD voted for the Enabling Act; the Centre voted
    // against it".
    const named =
      clause.mentions.find((m) => voteOn(ctx, m)) ??
      n.mentionsOnLine(line).find((m) => m.end <= clause.from && voteOn(ctx, m));
    for (const party of clause.mentions) {
      if (party.kind !== 'organisation' || party.candidates || party.misspelling) continue;
      const v = VOTED.exec(text.slice(party.end, clause.to));
      if (!v || /\b(?:not|never|n't|no)\b/i.test(text.slice(clause.from, party.end + v.index + v[0].length))) continue;
      const after = party.end + v[0].length;
      // The law the vote was on: named right after the verb, or "it" and named in the clause or just above.
      const next = clause.mentions.find((m) => m.start >= after);
      const law =
        next && voteOn(ctx, next) && /^\s*(?:the\s+)?$/i.test(text.slice(after, next.start))
          ? ctx.kb.get(next.id)
          : ON_IT.test(text.slice(after, clause.to))
            ? lawOf(ctx, n, line, named)
            : undefined;
      const found = law && voteFinding(ctx, law, party, v[2], { line, start: party.start, end: party.end }, severity);
      if (found) out.push(found);
    }
  }
  return out;
}

/** Is the mention a law with a list of those who voted against it? */
function voteOn(ctx: ServiceContext, m: Mention): boolean {
  return !m.candidates && !m.misspelling && !!ctx.kb.get(m.id)?.votedAgainst;
}

/** The law named in the clause, or else the one law the lines just above name. */
function lawOf(ctx: ServiceContext, n: NoteAnalysis, line: number, named: Mention | undefined): Entity | undefined {
  if (named) return ctx.kb.get(named.id);
  const above = oneNamedAbove(n, line, REACH, LAWS);
  return above && voteOn(ctx, above) ? ctx.kb.get(above.id) : undefined;
}

/**
 * An answer that opens with "it voted" or "voted": "Q: How did the Centre Party vote on the Enabling Act? / A: it
 * voted against".
 */
const ANSWER = new RegExp(
  String.raw`^\s*(?:[-*+]\s+)?(?:\*\*)?A(?:ns(?:wer)?)?\s*[:.)–-]\s*(?:\*\*)?\s*(?:(it|they)\s+)?` +
    String.raw`(voted|votes)\s+(against|for|in\s+favou?r)\b`,
  'i',
);

/**
 * The question's one party and one law with a list, on the line above: the answer's vote is the party's. The finding
 * goes on "it" (or the verb).
 */
function answer(
  ctx: ServiceContext,
  n: NoteAnalysis,
  line: number,
  text: string,
  severity: DiagnosticSeverity,
): Diagnostic[] | undefined {
  const a = ANSWER.exec(text);
  if (!a || line === 0) return undefined;
  const q = lineOf(n, line - 1);
  if (!q.includes('?')) return undefined;
  const ms = n.mentionsOnLine(line - 1);
  const parties = ms.filter((m) => m.kind === 'organisation' && !m.candidates && !m.misspelling);
  const laws = ms.filter((m) => voteOn(ctx, m));
  if (new Set(parties.map((m) => m.id)).size !== 1 || new Set(laws.map((m) => m.id)).size !== 1) return undefined;
  const law = ctx.kb.get(laws[0].id)!;
  const word = a[1] ?? a[2];
  const start = text.indexOf(word, text.search(/[:.)–-]/));
  const found = voteFinding(ctx, law, parties[0], a[3], { line, start, end: start + word.length }, severity);
  return found ? [found] : [];
}

/**
 * The finding on a party's vote ("against", "for", "in favour") on a law with a `votedAgainst` list, at `at`; none
 * when the list agrees with the vote written.
 */
function voteFinding(
  ctx: ServiceContext,
  law: Entity,
  party: Mention,
  vote: string,
  at: LineSpan,
  severity: DiagnosticSeverity,
): Diagnostic | undefined {
  const list = law.votedAgainst;
  const named = ctx.kb.get(party.id);
  const against = !/^for|^in/i.test(vote);
  if (!list || !named || against === list.ids.includes(party.id)) return undefined;
  const who = listPhrase(
    list.ids
      .map((id) => ctx.kb.get(id))
      .filter((x): x is Entity => !!x)
      .map(theName),
  );
  const message = against
    ? `${law.label}: only ${who} voted against it, not ${theName(named)}.`
    : `${law.label}: ${who} voted against it.`;
  return factFinding(at, severity, Code.Confusion, message, list.source);
}
