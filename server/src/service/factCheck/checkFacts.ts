/**
 * The fact checker: a dated entity paired with a date that contradicts the knowledge base, a place called by a
 * name it did not bear yet, a body that did not exist then, a person acting after their death, and the confusion
 * of a party conference with the congress of the same number. Each is a rule of its own in this folder.
 *
 * Precision first. A claim is checked only inside one clause (clauses.ts), only when the date stands next to the
 * entity with nothing dated between them (pairing.ts), and never when the wording hedges or relates rather than
 * dates (`after`, `before`, `by`, `until`, `not`, `later`, …: words.ts).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseIsoDate } from '../../kb/dates';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { ServiceContext } from '../context';
import { citeWork, toSeverity } from '../findings';
import { actsAfterDeath } from './actsAfterDeath';
import { bodiesNotYet } from './bodiesNotYet';
import { clausesOf, hedged } from './clauses';
import { lifeDates } from './lifeDates';
import { occasionDates } from './occasionDates';
import { dateFor } from './pairing';
import { placeNames } from './placeNames';
import type { Claim, DatedClaim, FactRule, FactSeverities, Verdict } from './rule';

/** The rules in the order they are asked; the first that speaks to a claim is the last asked. */
const RULES: readonly FactRule[] = [occasionDates, lifeDates, actsAfterDeath, placeNames, bodiesNotYet];
const DATED = RULES.filter((r) => r.dated).map((r) => r.dated!.bind(r));
const UNDATED = RULES.filter((r) => r.undated).map((r) => r.undated!.bind(r));

/** The fact checker's findings on one line: a claim is checked only inside the line that makes it. */
export function checkFactsOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const { dates, anachronisms, confusions } = ctx.settings.factCheck;
  const severities: FactSeverities = {
    dates: toSeverity(dates),
    anachronisms: toSeverity(anachronisms),
    confusions: toSeverity(confusions),
  };
  if (Object.values(severities).every((s) => s === undefined)) return [];
  const out: Diagnostic[] = [];
  const text = n.lineText(line);
  for (const clause of clausesOf(n, line)) {
    if (hedged(text, clause)) continue;
    const datesInClause = clause.mentions.filter((x) => x.kind === 'date' && x !== clause.lineDate);
    for (const m of clause.mentions) {
      // A misspelling, or a name the note's context could not tie to one entity: precision first.
      if (m.kind === 'date' || m.misspelling || m.candidates) continue;
      const entity = ctx.kb.get(m.id);
      if (!entity) continue;
      const at = { line, start: m.start, end: m.end };
      const d = dateFor(ctx, text, clause, datesInClause, m, entity);
      if (!d?.date) {
        if (entity.kind === 'person')
          out.push(...ask(UNDATED, { ctx, text, clause, mention: m, entity, at, severities }));
        continue;
      }
      const from = parseIsoDate(d.date.from),
        to = parseIsoDate(d.date.to);
      if (!from || !to) continue;
      const dateAt = { line, start: d.start, end: d.end };
      const claim: DatedClaim = {
        ctx,
        text,
        clause,
        mention: m,
        entity,
        at,
        severities,
        date: d,
        value: d.date,
        from,
        to,
        dateAt,
      };
      out.push(...ask(DATED, claim));
    }
  }
  // Two names of one thing paired with one date ("the 17th Congress, the “Congress of Victors”, … 1936") say it once.
  const seen = new Set<string>();
  return out
    .filter((x) => {
      const key = `${x.range.start.character}:${x.range.end.character}:${x.code}:${x.message}`;
      return !seen.has(key) && !!seen.add(key);
    })
    .map((x) => citeWork(x, ctx.kb));
}

/** The findings of the first rule that speaks to the claim. */
function ask<C extends Claim>(rules: readonly ((claim: C) => Verdict)[], claim: C): Diagnostic[] {
  for (const rule of rules) {
    const found = rule(claim);
    if (found) return found;
  }
  return [];
}
