/**
 * Ranking by topics: completion and workspace symbols offer first the entities of the topic the note being written
 * is about, then those of the topics the workspace's notes are about, then what every topic shares, then the rest.
 */
import type { Entity } from '../kb/types';
import { note, type ServiceContext } from './context';

/** How many of the note's mentions, from its start, say what it is about. */
const NOTE_SAMPLE = 500;

/** A rank for each entity: 0 the note's topic, 1 the workspace's topics, 2 what the topics share, 3 the rest. */
export function topicRanker(ctx: ServiceContext, uri?: string): (e: Entity) => number {
  const { shared } = ctx.kb.packTopics();
  const workspace = new Map<string, number>();
  for (const e of ctx.kb.entities) {
    const notes = ctx.index.notesMentioning(e.id).size;
    if (notes && e.pack && !shared.has(e.pack)) workspace.set(e.pack, (workspace.get(e.pack) ?? 0) + notes);
  }
  const here = new Map<string, number>();
  const n = uri ? note(ctx, uri) : undefined;
  // The note's first mentions say what it is about; completion runs on every keystroke, so no more are read.
  let read = 0;
  for (let line = 0; n && line < n.lineCount && read < NOTE_SAMPLE; line++)
    for (const m of n.mentionsOnLine(line)) {
      const pack = m.kind !== 'date' && !m.candidates ? ctx.kb.get(m.id)?.pack : undefined;
      if (pack && !shared.has(pack)) here.set(pack, (here.get(pack) ?? 0) + 1);
      read++;
    }
  const noteTopic = leading(here);
  const topics = strong(workspace);
  return (e) => {
    if (!e.pack) return 1;
    if (e.pack === noteTopic) return 0;
    if (!topics.size || topics.has(e.pack)) return 1;
    return shared.has(e.pack) ? 2 : 3;
  };
}

/** The topic that outweighs every other twice over, if one does. */
function leading(weights: ReadonlyMap<string, number>): string | undefined {
  const sorted = [...weights].sort((a, b) => b[1] - a[1]);
  return sorted.length && sorted[0][1] >= 2 * (sorted[1]?.[1] ?? 0) ? sorted[0][0] : undefined;
}

/** The topics with at least a third of the leading one's weight: a workspace may hold two. */
function strong(weights: ReadonlyMap<string, number>): Set<string> {
  const best = Math.max(0, ...weights.values());
  return new Set([...weights].filter(([, w]) => best > 0 && w * 3 >= best).map(([p]) => p));
}
