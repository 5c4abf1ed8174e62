/**
 * The findings of a rule that reads a line with something from another line (its parent's date, its heading's
 * year), kept apart from the line's own: under the line's mentions, while that thing, the knowledge base and the
 * settings stay the same. They are kept at line 0 and moved to the line they are asked for.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Mention } from '../../recogniser/types';
import type { ServiceContext } from '../context';
import { atLine } from '../findings';

interface Kept<K> {
  key: K;
  kb: object;
  settings: object;
  found: Diagnostic[];
}

export type KeptCache<K> = WeakMap<readonly Mention[], Kept<K>>;

/** The kept findings for the line's mentions and `key`, or those `find` gives, kept for the next time. */
export function keptFindings<K>(
  cache: KeptCache<K>,
  ctx: ServiceContext,
  ms: readonly Mention[],
  key: K,
  line: number,
  find: () => Diagnostic[],
): Diagnostic[] {
  const kept = cache.get(ms);
  if (kept && kept.key === key && kept.kb === ctx.kb && kept.settings === ctx.settings)
    return kept.found.map((d) => atLine(d, line));
  const found = find();
  cache.set(ms, { key, kb: ctx.kb, settings: ctx.settings, found: found.map((d) => atLine(d, 0)) });
  return found;
}
