import type { MentionKind } from '../kb/types';

/** One recognised mention, positioned inside its line (0-based, UTF-16 code units, as in LSP). */
export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
  /** The entity's id; '' for a date, whose value is in `date` (`date.iso`). */
  id: string;
  /** A likely misspelling of a name the knowledge base knows. */
  misspelling: boolean;
  /** The name carries a possessive `s` without an apostrophe (`Stalins`): the range includes it. */
  bareS?: boolean;
  /** For dates: the first and last day meant, as ISO partial dates, and the date in words. */
  date?: DateValue;
}

export interface DateValue {
  /** The date as ISO 8601: a day, month or year (`1924-01-21`, `1924`), or an interval (`1927/1928`, `1920/1929`). */
  iso: string;
  from: string;
  to: string;
  words: string;
  approximate?: boolean;
}

/**
 * What two mentions of the same thing have in common: the entity's id, or for a date its ISO value (marked, so
 * that no date is taken for an entity).
 */
export function mentionKey(m: Mention): string {
  return m.date ? `date ${m.date.iso}` : m.id;
}

/** A mention with its line: what the document-level API returns. */
export interface LineMention extends Mention {
  line: number;
}
