/**
 * Fates told as a life that went on: "Beria arrested June 1953 → stripped of posts, exiled to Kazakhstan" (he was
 * shot that December), "Ulyanov → plot to kill the tsar (1887) → exiled to Siberia" (hanged that May), against a
 * death the knowledge base records as an execution or a killing without trial.
 *
 * Precision first. Only a person whose `died.manner` is `executed` or `murdered`; only a clause that opens with
 * them (alone, or with names joined to them); only words of exile, prison or escape that open a part of the clause
 * with no one else named there; and only when a date the clause writes (or an occasion it names) lies within the
 * year before the death, so that the exile could not have come earlier in a long life.
 */
import { monthKey, parseIsoDate, type PartialDate } from '../../kb/dates';
import { Code, factFinding } from '../findings';
import { withoutDates } from './clauses';
import { datedSpan } from './pairing';
import { isoPhrase } from './phrases';
import type { Claim, FactRule, Verdict } from './rule';
import { JOINED_NAMES } from './words';

/** Words that tell of a life that went on, at the head of a part of the clause. */
const LIVED_ON = new RegExp(
  String.raw`(?:^|[,;→>–—)]|\band\s+)\s*(?:(?:was|were|then|later)\s+)*(exiled|banished|deported|` +
    String.raw`sent\s+(?:into\s+exile|to\s+(?:the\s+)?(?:Gulag|Siberia|a\s+(?:labou?r\s+)?camp|prison))|` +
    String.raw`given\s+(?:life\s+)?(?:imprisonment|prison\s+terms?)|escaped\s+abroad|fled\s+abroad|emigrated)\b`,
  'giu',
);

export const fates: FactRule = {
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { entity: p, text, clause, mention: m, severities } = claim;
  const manner = p.kind === 'person' ? p.died?.manner : undefined;
  if ((manner !== 'executed' && manner !== 'murdered') || severities.confusions === undefined) return undefined;
  const died = parseIsoDate(p.died!.date);
  if (!died) return undefined;
  // The person opens the clause, or is joined to the one who does.
  const named = clause.mentions.filter((x) => x.kind !== 'date');
  const k = named.indexOf(m);
  const lead = withoutDates(text, clause.mentions, clause.from, named[0].start);
  if (k < 0 || !/^[\s\-*+•>\d.)]*(?:\*\*)?$/.test(lead)) return undefined;
  for (let i = 1; i <= k; i++) if (!JOINED_NAMES.test(text.slice(named[i - 1].end, named[i].start))) return undefined;
  if (!anchored(claim, died)) return undefined;
  const body = text.slice(m.end, clause.to);
  LIVED_ON.lastIndex = 0;
  for (let x = LIVED_ON.exec(body); x; x = LIVED_ON.exec(body)) {
    const at = m.end + x.index + x[0].indexOf(x[1]);
    // No one else named in the part of the clause the words open.
    const partFrom = m.end + x.index;
    if (clause.mentions.some((y) => y.kind === 'person' && y.start >= partFrom && y.start < at)) continue;
    const how = manner === 'executed' ? 'was executed' : 'was killed without trial';
    const said = x[1].toLowerCase().replace(/\s+/g, ' ');
    const message = `${p.label} ${how} ${isoPhrase(p.died!.date)}, not ${said}.`;
    return [
      factFinding(
        { line: clause.line, start: at, end: at + x[1].length },
        severities.confusions,
        Code.Confusion,
        message,
        p.died!.source,
      ),
    ];
  }
  return undefined;
}

/** Does the clause write a date, or name an occasion, that lies within the year before the death? */
function anchored(claim: Claim, died: PartialDate): boolean {
  const { ctx, clause } = claim;
  const spans: { from: PartialDate; to: PartialDate }[] = [];
  for (const x of clause.mentions) {
    if (x.kind === 'date' && x.date && !x.date.approximate) {
      const from = parseIsoDate(x.date.from),
        to = parseIsoDate(x.date.to);
      if (from && to) spans.push({ from, to });
    } else if (x.kind === 'event' || x.kind === 'congress') {
      const e = ctx.kb.get(x.id);
      const s = e && datedSpan(e);
      if (s) spans.push(s);
    }
  }
  if (clause.lineDate?.date) {
    const from = parseIsoDate(clause.lineDate.date.from),
      to = parseIsoDate(clause.lineDate.date.to);
    if (from && to) spans.push({ from, to });
  }
  const death = monthKey(died);
  return (
    spans.length > 0 &&
    spans.every((s) => monthKey(s.from) <= death) &&
    spans.some((s) => death - monthKey(s.to, true) <= 12)
  );
}
