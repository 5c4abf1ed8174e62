/**
 * "It" for the one document or event the line above names: "- Brest-Litovsk (3 Mar 1918): huge losses" / "- Trotsky
 * signed it for the Bolsheviks" is checked as "Trotsky signed the Treaty of Brest-Litovsk for the Bolsheviks", by
 * the same rules as a sentence, each finding on the line (one about the thing itself lies on "it").
 *
 * Precision first: only "it" right after a verb of signing, writing, issuing, leading or chairing; only when the
 * nearest line above that names a document, an event or a policy, at most two lines up, names exactly one, outside
 * brackets, and that name is sure (no misspelling, no second candidate); and only when the line itself names no
 * thing, body or congress before "it".
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import { lineRange } from '../ranges';
import { checkClause, severitiesOf } from './checkFacts';
import { clausesOf, lineOf, oneNamedAbove, type Clause } from './clauses';

/** A verb of the roles `who` reads, then "it". */
const IT = new RegExp(
  String.raw`\b(?:signed|signs|wrote|writes|drafted|drafts|drew\s+up|issued|issues|led|leads|chaired|chairs|headed|` +
    String.raw`organi[sz]ed|introduced)\s+(it)\b`,
  'gi',
);
/** How many lines above the one it stands on the thing may be named. */
const REACH = 2;
const THINGS = new Set(['document', 'event', 'policy']);
/** What "it" may stand for: a thing, or a body or a congress. */
const MAYBE_IT = new Set([...THINGS, 'organisation', 'congress']);

export function checkObjectPronounOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const text = lineOf(n, line);
  if (!/\bit\b/i.test(text)) return [];
  const severities = severitiesOf(ctx);
  if (severities.confusions === undefined) return [];
  const out: Diagnostic[] = [];
  for (const x of text.matchAll(IT)) {
    const at = x.index! + x[0].length - 2;
    const clause = clausesOf(n, line).find((c) => c.from <= at && at < c.to);
    // A thing or a body named before "it" on the line is what it stands for: "Trotsky chaired the Petersburg Soviet
    // in 1905 – and chaired it again in Sept 1917".
    if (!clause || n.mentionsOnLine(line).some((m) => m.end <= at && MAYBE_IT.has(m.kind))) continue;
    const thing = antecedent(n, line);
    const e = thing && ctx.kb.get(thing.id);
    if (!e) continue;
    out.push(...withObject(ctx, line, text, clause, at, e.label, thing, severities));
  }
  return out;
}

/** The clause checked with the thing's name in place of "it"; findings moved back onto the line. */
function withObject(
  ctx: ServiceContext,
  line: number,
  text: string,
  clause: Clause,
  at: number,
  name: string,
  thing: Mention,
  severities: ReturnType<typeof severitiesOf>,
): Diagnostic[] {
  const shift = name.length - 2;
  const joined = text.slice(0, at) + name + text.slice(at + 2);
  const moved: Clause = {
    ...clause,
    to: clause.to + shift,
    mentions: [
      ...clause.mentions.filter((m) => m.end <= at),
      { ...thing, start: at, end: at + name.length },
      ...clause.mentions
        .filter((m) => m.start >= at + 2)
        .map((m) => ({ ...m, start: m.start + shift, end: m.end + shift })),
    ],
  };
  return checkClause(ctx, joined, moved, severities).map((d) => {
    const { start, end } = d.range;
    const back = (c: number) => (c >= at + name.length ? c - shift : c);
    // About the thing, whose name is not on the line: on "it", with no fix to apply there.
    if (start.character >= at && start.character < at + name.length) {
      const data = { citation: (d.data as { citation?: string } | undefined)?.citation };
      return { ...d, range: lineRange(line, at, at + 2), data };
    }
    return { ...d, range: lineRange(line, back(start.character), back(end.character)) };
  });
}

/**
 * The one document, event or policy named on the nearest line above that names any such thing or a body, at most
 * REACH lines up. A body named beside it may be what "it" stands for ("chaired it"): then none.
 */
function antecedent(n: NoteAnalysis, line: number): Mention | undefined {
  const one = oneNamedAbove(n, line, REACH, MAYBE_IT);
  return one && THINGS.has(one.kind) ? one : undefined;
}
