/**
 * The publishers whose works the bundled packs may cite (data/publishers.json), and whether a work is one of
 * theirs: its publisher on the list, its URL on one of that publisher's hosts (never a mirror).
 */
import type { Work } from './types';

export interface Publisher {
  id: string;
  name: string;
  kind: string;
  hosts: string[];
  why: string;
}

/** The publisher list by id; an entry without an id, a name and hosts is left out. */
export function readPublishers(data: unknown): Map<string, Publisher> {
  const list = (data as { publishers?: unknown } | null)?.publishers;
  if (!Array.isArray(list)) return new Map();
  return new Map(
    list
      .filter(
        (p): p is Publisher => typeof p?.id === 'string' && typeof p?.name === 'string' && Array.isArray(p?.hosts),
      )
      .map((p) => [p.id, p]),
  );
}

/** The ids and names of a publisher list; anything malformed gives no names. */
export function publisherNames(data: unknown): Map<string, string> {
  return new Map([...readPublishers(data)].map(([id, p]) => [id, p.name]));
}

/** Why a bundled pack may not cite this work, or undefined when it may. */
export function unacceptedWork(w: Work, publishers: ReadonlyMap<string, Publisher>): string | undefined {
  const p = w.publisher ? publishers.get(w.publisher) : undefined;
  if (!p) return `${w.url}: publisher "${w.publisher ?? ''}" is not on data/publishers.json`;
  let host = '';
  try {
    host = new URL(w.url).hostname;
  } catch {
    // Not a URL at all: on no publisher's host.
  }
  return p.hosts.includes(host) ? undefined : `${w.url} is not on a host of ${p.id}`;
}
