/** Indexes of the knowledge base that rules read, each built once per knowledge base. */
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import type { Entity } from '../../kb/types';

/** A function of the knowledge base, computed once for each one. */
export function perKnowledgeBase<T>(build: (kb: KnowledgeBase) => T): (kb: KnowledgeBase) => T {
  const cache = new WeakMap<KnowledgeBase, T>();
  return (kb) => {
    let value = cache.get(kb);
    if (value === undefined) cache.set(kb, (value = build(kb)));
    return value;
  };
}

/** For each id, the entities that `keep` keeps and that list the id in `related`. */
export function listing(kb: KnowledgeBase, keep: (x: Entity) => boolean): Map<string, Entity[]> {
  const map = new Map<string, Entity[]>();
  for (const x of kb.entities) {
    if (!keep(x)) continue;
    for (const r of x.related ?? []) {
      const list = map.get(r.id) ?? [];
      list.push(x);
      map.set(r.id, list);
    }
  }
  return map;
}

/** Does either entity list the other in `related`? */
export function tied(a: Entity, b: Entity): boolean {
  return !!(a.related?.some((r) => r.id === b.id) || b.related?.some((r) => r.id === a.id));
}
