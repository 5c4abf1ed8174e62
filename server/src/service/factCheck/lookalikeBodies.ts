/**
 * Look-alike bodies: an event or document said to go to, or come from, a body whose name looks like the one the
 * knowledge base records ("Lenin's Testament was read out to the Central Executive Committee": it was the Central
 * Committee).
 *
 * Precision first. The body must follow "to" or "by" right after the event's name, with nothing else named
 * between; the event must list the other body in `related`, one of whose names (two words or more) lies word by
 * word inside a name of the body written ("Central Committee" in "Central Executive Committee"); a fact of the
 * event must name the recorded body, and none the body written.
 */
import type { Entity } from '../../kb/types';
import { Code, factFinding } from '../findings';
import { words } from './clauses';
import { contains } from './officeTerms';
import type { Claim, FactRule, Verdict } from './rule';

const OCCASIONS = new Set(['event', 'document', 'congress', 'policy']);
/** What stands between the event's name and the body: "was read out to the", "was approved by". */
const TO_OR_BY = /\b(?:to|by)\s+(?:the\s+)?$/i;

export const lookalikeBodies: FactRule = {
  dated: (claim) => check(claim),
  undated: (claim) => check(claim),
};

function check(claim: Claim): Verdict {
  const { ctx, entity: e, text, clause, mention: m, severities } = claim;
  if (!OCCASIONS.has(e.kind) || !e.related?.length || severities.confusions === undefined) return undefined;
  const x = clause.mentions.find((o) => o.start >= m.end && o.kind !== 'date');
  if (!x || x.kind !== 'organisation' || x.candidates || !TO_OR_BY.test(text.slice(m.end, x.start))) return undefined;
  if (text.slice(m.end, x.start).length > 48) return undefined;
  const written = ctx.kb.get(x.id);
  if (!written || e.related.some((r) => r.id === written.id)) return undefined;
  const facts = (e.facts ?? []).map((f) => ({ f, ws: words(f.text) }));
  if (facts.some(({ ws }) => namesOf(written).some((n) => contains(ws, n)))) return undefined;
  for (const r of e.related) {
    const recorded = ctx.kb.get(r.id);
    if (!recorded || recorded.kind !== 'organisation') continue;
    const name = lookalike(recorded, written);
    const fact = name && facts.find(({ ws }) => contains(ws, words(name)));
    if (!name || !fact) continue;
    const wrote = text.slice(x.start, x.end);
    const message = `${e.label}: the ${name}, not the ${wrote}.`;
    return [factFinding(claim.at, severities.confusions, Code.Confusion, message, fact.f.source, name)];
  }
  return undefined;
}

/** Each name of an entity, as folded words. */
function namesOf(e: Entity): string[][] {
  return [e.label, ...e.aliases].map(words).filter((n) => n.length);
}

/** A name of `recorded` (two words or more) whose words lie, in order, inside a name of `written`. */
function lookalike(recorded: Entity, written: Entity): string | undefined {
  const theirs = namesOf(written);
  return [recorded.label, ...recorded.aliases].find((name) => {
    const ws = words(name);
    return ws.length >= 2 && theirs.some((n) => n.length > ws.length && inOrder(n, ws));
  });
}

/** Do the words `part` stand in `ws` in order, with gaps allowed? */
function inOrder(ws: string[], part: string[]): boolean {
  let j = 0;
  for (const w of ws) if (w === part[j] && ++j === part.length) return true;
  return false;
}
