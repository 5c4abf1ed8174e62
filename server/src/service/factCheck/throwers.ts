/**
 * Who threw the fatal bomb or fired the fatal shot: "1 Mar 1881 – Alexander II killed; the fatal bomb was thrown by
 * Zhelyabov" (Hryniewiecki threw it), against the killers the knowledge base records (`died.by`).
 *
 * The victim may be named earlier on the line, on the line above, or in the heading: the one person with recorded
 * killers named there, directly or as the person an assassination or murder named there is of.
 *
 * Precision first. Only "fatal" (or "deadly", "lethal") with a bomb, shot or bullet "thrown / fired by" a person;
 * a first bomb that missed is someone else's. Only when exactly one victim is found, the nearest.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entity } from '../../kb/types';
import type { NoteAnalysis } from '../../recogniser/noteAnalysis';
import type { Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import { Code, factFinding } from '../findings';
import { severitiesOf } from './checkFacts';
import { headingAbove, lineOf } from './clauses';
import { listPhrase } from './phrases';

/** Before the thrower's name: the fatal bomb or shot, thrown or fired by. */
const FATAL_BY = new RegExp(
  String.raw`\b(?:fatal|deadly|lethal)\s+(?:(?:first|second|third|last)\s+)?(?:bomb|grenade|shot|shots|bullet)s?\s+` +
    // Where it was thrown, on the way: "the fatal second bomb beside the Catherine Canal was thrown by".
    String.raw`(?:(?:beside|by|at|near|on|along)\s+(?:the\s+)?(?:\p{L}+\s+){1,3}?)?` +
    String.raw`(?:was\s+|were\s+)?(?:thrown|fired|hurled)\s+by\s+(?:the\s+)?$`,
  'iu',
);
/** Before the thrower's name: the victim killed by a bomb thrown by them ("killed … by a bomb thrown by"). */
const KILLED_BY = new RegExp(
  String.raw`\b(?:killed|assassinated|fatally\s+wounded|mortally\s+wounded)\b[^.;:→]{0,80}?\bby\s+(?:a|the)\s+` +
    String.raw`bomb\s+(?:was\s+)?(?:thrown|hurled)\s+by\s+(?:the\s+)?$`,
  'iu',
);
/** After the thrower's name: they threw the bomb that killed ("– threw the bomb that fatally wounded the Tsar"). */
const THREW_FATAL = new RegExp(
  String.raw`^\s*(?:[–—:]\s*|-\s+)?(?:then\s+)?(?:threw|hurled)\s+the\s+(?:second\s+|fatal\s+)?bomb\s+that\s+(?:==)?` +
    String.raw`(?:actually\s+|finally\s+)?(?:killed|fatally\s+wounded|mortally\s+wounded)\b`,
  'iu',
);
/** How many lines above the victim may be named. */
const REACH = 2;
const KILLING = /\b(?:assassination|murder|killing)\b/i;

export function checkThrowersOnLine(ctx: ServiceContext, n: NoteAnalysis, line: number): Diagnostic[] {
  const text = lineOf(n, line);
  if (!/\b(?:fatal|fatally|deadly|lethal|mortally|killed|assassinated)\b/i.test(text)) return [];
  const severity = severitiesOf(ctx).confusions;
  if (severity === undefined) return [];
  const ms = n.mentionsOnLine(line);
  const out: Diagnostic[] = [];
  for (const who of ms) {
    if (who.kind !== 'person' || who.candidates) continue;
    const before = text.slice(Math.max(0, who.start - 160), who.start);
    const threw = THREW_FATAL.test(text.slice(who.end));
    if (!FATAL_BY.test(before.slice(-80)) && !KILLED_BY.test(before) && !threw) continue;
    const victim =
      victimOf(
        ctx,
        ms.filter((m) => (threw ? m.start >= who.end : m.end <= who.start)),
      ) ??
      above(ctx, n, line) ??
      heading(ctx, n, line);
    const by = victim?.died?.by;
    if (!victim || !by || by.includes(who.id) || who.id === victim.id) continue;
    const named = ctx.kb.get(who.id);
    if (!named) continue;
    const list = by.map((id) => ctx.kb.get(id)?.label ?? id);
    out.push(
      factFinding(
        { line, start: who.start, end: who.end },
        severity,
        Code.Confusion,
        `${victim.label} was killed by ${listPhrase(list)}, not ${named.label}.`,
        victim.died!.source,
        list.length === 1 ? list[0] : undefined,
      ),
    );
  }
  return out;
}

/** The one person with recorded killers the mentions name, directly or by an assassination of theirs. */
function victimOf(ctx: ServiceContext, ms: readonly Mention[]): Entity | undefined {
  const found = new Set<Entity>();
  for (const m of ms) {
    const e = m.candidates ? undefined : ctx.kb.get(m.id);
    if (!e) continue;
    if (e.kind === 'person' && e.died?.by) found.add(e);
    if (e.kind === 'event' && KILLING.test(e.label))
      for (const r of e.related ?? []) {
        const p = ctx.kb.get(r.id);
        if (p?.kind === 'person' && p.died?.by && e.label.includes(p.label)) found.add(p);
      }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function above(ctx: ServiceContext, n: NoteAnalysis, line: number): Entity | undefined {
  for (let l = line - 1, seen = 0; l >= 0 && seen < REACH; l--) {
    if (!lineOf(n, l).trim()) continue;
    seen++;
    const v = victimOf(ctx, n.mentionsOnLine(l));
    if (v) return v;
  }
  return undefined;
}

/** The victim the nearest heading above names, at most a hundred lines up. */
function heading(ctx: ServiceContext, n: NoteAnalysis, line: number): Entity | undefined {
  const h = headingAbove(n, line);
  return h === undefined ? undefined : victimOf(ctx, n.mentionsOnLine(h));
}
