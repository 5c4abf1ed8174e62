/**
 * Whether a place written fits a place recorded: the same place, one inside the other (a town in a country, by the
 * places' `within`), or two that overlap (Russia and the Soviet Union: some town lies in both). Read by the rules
 * that compare where something happened (deathPlace.ts, eventPlace.ts, exile.ts).
 *
 * Precision first: a place is wrong only where the knowledge base can tell. Two towns are different places unless
 * one lies in the other, and a site is judged only where its town is known; a country or region is wrong for a
 * town only when the town's `within` is known; two regions may overlap in ways the data does not record, and are
 * never judged.
 */
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import type { Entity, Who } from '../../kb/types';
import type { Mention } from '../../recogniser/types';
import { Code, factFinding } from '../findings';
import { perKnowledgeBase } from './kbIndex';
import { listPhrase, theName } from './phrases';
import type { Claim, Verdict } from './rule';

const SMALL = new Set(['town', 'site']);

/** For each place, every place it lies in (through `within`), and every place that shares a place with it. */
const geography = perKnowledgeBase((kb: KnowledgeBase) => {
  const inside = new Map<string, Set<string>>();
  const walk = (id: string, seen: Set<string>) => {
    for (const up of kb.get(id)?.within ?? []) {
      if (seen.has(up)) continue;
      seen.add(up);
      walk(up, seen);
    }
    return seen;
  };
  for (const e of kb.entities) if (e.kind === 'place' && e.within?.length) inside.set(e.id, walk(e.id, new Set()));
  // Two places overlap when a third lies in both: Yekaterinburg in the Russian Empire and in the Soviet Union.
  const overlapping = new Map<string, Set<string>>();
  for (const [id, ups] of inside) {
    const all = [id, ...ups];
    for (const a of all) {
      let set = overlapping.get(a);
      if (!set) overlapping.set(a, (set = new Set()));
      for (const b of all) set.add(b);
    }
  }
  return { inside, overlapping };
});

/** Does the place written fit the place recorded: the same, one in the other, or overlapping? */
export function fits(kb: KnowledgeBase, written: Entity, recorded: Entity): boolean {
  if (written.id === recorded.id) return true;
  const { inside, overlapping } = geography(kb);
  return (
    !!inside.get(recorded.id)?.has(written.id) ||
    !!inside.get(written.id)?.has(recorded.id) ||
    !!overlapping.get(written.id)?.has(recorded.id)
  );
}

/** Does the place lie in the other (through `within`)? */
export function inside(kb: KnowledgeBase, place: Entity, other: Entity): boolean {
  return !!geography(kb).inside.get(place.id)?.has(other.id);
}

/** Can the knowledge base tell that the place written is not the place recorded (given that it does not fit)? */
function tells(kb: KnowledgeBase, written: Entity, recorded: Entity): boolean {
  const { inside } = geography(kb);
  const w = written.scale,
    r = recorded.scale;
  if (!w || !r) return false;
  // A site (a palace, a prison) may lie in the town: only a site whose town is known is judged, or one whose region
  // is known beside a town whose regions are known ("the Berghof" in Bavaria, for Berlin).
  if (SMALL.has(w) && SMALL.has(r))
    return (
      ((w !== 'site' || inTown(kb, written)) && (r !== 'site' || inTown(kb, recorded))) ||
      apartByRegion(kb, written, recorded) ||
      apartByRegion(kb, recorded, written)
    );
  if (w === 'country' && r === 'country') return true;
  // A larger place written for a smaller one recorded: where the smaller lies must be known; and the other way.
  if (SMALL.has(r) || (r === 'region' && w === 'country')) return !!inside.get(recorded.id)?.size;
  if (SMALL.has(w) || (w === 'region' && r === 'country')) return !!inside.get(written.id)?.size;
  return false;
}

/**
 * A site whose town is unknown but whose region is known, and a town that lies in regions none of which is the
 * site's: two places apart. A town with no region recorded could lie in any.
 */
function apartByRegion(kb: KnowledgeBase, site: Entity, town: Entity): boolean {
  // The other may be a site too, both known only by their regions: the Berghof in Bavaria, the Wolf's Lair in East
  // Prussia.
  if (site.scale !== 'site' || !SMALL.has(town.scale ?? '') || inTown(kb, site)) return false;
  const { inside } = geography(kb);
  const regionsOf = (e: Entity) => [...(inside.get(e.id) ?? [])].filter((id) => kb.get(id)?.scale === 'region');
  const siteRegions = regionsOf(site),
    townRegions = regionsOf(town);
  return siteRegions.length > 0 && townRegions.length > 0 && !townRegions.some((id) => siteRegions.includes(id));
}

/** Does the site's `within` name the town it lies in? */
function inTown(kb: KnowledgeBase, site: Entity): boolean {
  return !!site.within?.some((id) => kb.get(id)?.scale === 'town');
}

/** Is the place written surely none of the places recorded? */
export function wrongPlace(kb: KnowledgeBase, written: Entity, recorded: readonly Entity[]): boolean {
  return (
    written.kind === 'place' &&
    recorded.length > 0 &&
    recorded.every((r) => !fits(kb, written, r) && tells(kb, written, r))
  );
}

/**
 * The finding on a place written that a complete list of places leaves out, or nothing when it fits one. The list
 * is said by its largest places ("the Netherlands", not "the Netherlands and Doorn"); the fix is the one listed
 * place of the written one's scale.
 */
export function placeFinding(
  claim: Claim,
  at: Mention,
  list: Who,
  say: (where: string, written: string) => string,
): Verdict {
  const { ctx, text, clause, severities } = claim;
  const written = ctx.kb.get(at.id);
  const recorded = list.ids.map((id) => ctx.kb.get(id)).filter((x): x is Entity => !!x);
  if (!written || severities.confusions === undefined || !wrongPlace(ctx.kb, written, recorded)) return undefined;
  // The widest places recorded; against a town or a site, a region or country among them gives way to the places
  // recorded inside it ("Landsberg Prison", not the "Bavaria" it lies in).
  const widest = recorded.filter((r) => !recorded.some((o) => o !== r && inside(ctx.kb, r, o)));
  const close = written.scale === 'town' || written.scale === 'site';
  const top = widest.flatMap((w) => {
    const within =
      close && (w.scale === 'region' || w.scale === 'country') ? recorded.filter((r) => inside(ctx.kb, r, w)) : [];
    return within.length ? within : [w];
  });
  const message = say(listPhrase(top.map(theName)), text.slice(at.start, at.end));
  const fix = top.length === 1 && written.scale === top[0].scale ? theName(top[0]) : undefined;
  const where = { line: clause.line, start: at.start, end: at.end };
  return [factFinding(where, severities.confusions, Code.Confusion, message, list.source, fix)];
}
