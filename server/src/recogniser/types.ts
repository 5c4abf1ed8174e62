import type { MentionKind } from '../kb/types';

/** One recognised mention, positioned inside its line (0-based, UTF-16 code units, as in LSP). */
export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
  /** Entity id; for a date, its normalised value (`1924-01-21`, `1927/1928`, `1920s`). */
  id: string;
  /** A likely misspelling of a name the knowledge base knows. */
  misspelling: boolean;
  /**
   * A name that entities of different topics (or dated entities of one topic) bear: every one of them, the
   * scanner's choice first. The note's context (TopicProfile) decides, or the mention stays ambiguous.
   */
  candidates?: string[];
  /** The name carries a possessive `s` without an apostrophe (`Stalins`): the range includes it. */
  bareS?: boolean;
  /** For dates: the first and last day meant, as ISO partial dates, and the date in words. */
  date?: DateValue;
}

export interface DateValue {
  from: string;
  to: string;
  words: string;
  approximate?: boolean;
}

/** A mention with its line: what the document-level API returns. */
export interface LineMention extends Mention {
  line: number;
}
