/** The knowledge base as the rest of the service sees it: plain data, typed after data/schema/kb.schema.json. */

export type EntityKind = 'person' | 'organisation' | 'congress' | 'event' | 'policy' | 'document' | 'place' | 'concept';
export type MentionKind = EntityKind | 'date';

export const ENTITY_KINDS: readonly EntityKind[] = [
  'person',
  'organisation',
  'congress',
  'event',
  'policy',
  'document',
  'place',
  'concept',
];

export interface DatedFact {
  date: string;
  oldStyle?: string;
  approximate?: boolean;
  note?: string;
  /** Of a death only: how it came, where the source says so plainly. */
  manner?: 'executed' | 'suicide' | 'assassinated' | 'murdered' | 'natural' | 'battle';
  /** Of an execution only: how the sentence was carried out. */
  method?: 'hanged' | 'shot' | 'guillotined';
  /** The id of the place where they were born or died. */
  place?: string;
  /** Of a death only: the ids of everyone who killed them, where the source names them all. */
  by?: string[];
  source: string;
}
export interface Inversion {
  says: string[];
  text: string;
  source: string;
  /** When the opposite was so, and the end of that span: read only in a clause dated within it. */
  date?: string;
  end?: string;
  /** A deed that was another's: the id of the one who did it, whose name is the fix. */
  by?: string;
}
export interface Figure {
  what: 'deaths' | 'vote share' | 'seats' | 'amount';
  /** For a vote share or seats: the party's or candidate's id. */
  of?: string;
  /** For an amount: the words written after the number ("tonnes", "men"). */
  unit?: string[];
  /** For an amount: words written right before the number instead ("votes to" before the votes against). */
  before?: string[];
  /** For an amount: words one of which the clause must hold ("army"). */
  near?: string[];
  /** Words that name the figure where the entity is not named ("unemployment"); only with `date`. */
  cues?: string[];
  /** With `cues`: when the figure holds, and the end of its span. */
  date?: string;
  end?: string;
  /** With `end`: the figure counts the whole span, so a clause dated within a part of it says nothing of it. */
  whole?: boolean;
  /** An exact count no source disputes (a length, a span of days, a vote's tally): read within 70–140% of it. */
  exact?: boolean;
  low: number;
  high: number;
  text: string;
  contested?: boolean;
  source: string;
}
/** Words a person is famous for saying or writing. */
export interface Quote {
  text: string;
  /** The people the words are about ("too rude": Stalin). */
  about?: string[];
  source: string;
}

/** A complete list of who did something, with the source that names them all. */
export interface Who {
  ids: string[];
  source: string;
}
export interface Role {
  title: string;
  body?: string;
  from?: string;
  to?: string;
  source: string;
}
export interface Fact {
  text: string;
  date?: string;
  end?: string;
  contested?: boolean;
  source: string;
}
/**
 * A work cited: its own URL and title, who published it (in the bundled packs an id from data/publishers.json),
 * and for books and articles the author, year and page.
 */
export interface Work {
  url: string;
  title?: string;
  publisher?: string;
  author?: string;
  year?: number;
  page?: string;
}
export interface Related {
  id: string;
  relation: string;
}
export interface EraName {
  name: string;
  from?: string;
  to?: string;
  source: string;
}
export interface Series {
  keyword: 'congress' | 'conference';
  number: number;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  /** Of a place: a town, a site in or near one, a region or a country. */
  scale?: 'town' | 'site' | 'region' | 'country';
  /** Of a place: the regions and countries it lay in at any time the packs cover. */
  within?: string[];
  label: string;
  aliases: string[];
  strictAliases?: string[];
  ambiguousAliases?: string[];
  misspellings?: string[];
  summary: string;
  born?: DatedFact;
  died?: DatedFact;
  start?: DatedFact;
  end?: DatedFact;
  fate?: string;
  series?: Series;
  names?: EraName[];
  roles?: Role[];
  facts?: Fact[];
  /** Figures the sources give as a range of estimates. */
  figures?: Figure[];
  /** Of a person: words they are famous for, as notes quote them. */
  quotes?: Quote[];
  /** Everyone who signed the document, with the source that names them. */
  signedBy?: Who;
  /** Everyone who wrote or drafted the document. */
  authors?: Who;
  /** Every country or body that carried out the event. */
  participants?: Who;
  /** Of an event or meeting: everyone who led or chaired it. */
  ledBy?: Who;
  /** Of a rising: everyone who ordered or commanded the forces that put it down. */
  suppressedBy?: Who;
  /** Of a body: everyone who founded or set it up. */
  founders?: Who;
  /** Of a law or motion put to a vote: every party that voted against it. */
  votedAgainst?: Who;
  /** Of a trial: every defendant the court acquitted. */
  acquitted?: Who;
  /** Of an event or document: every place where it happened or was signed. */
  at?: Who;
  /** Of a person: every place they fled to or were exiled or deported to. */
  exiledTo?: Who;
  /** Of a body: its name stayed in everyday use after it ended (the Soviet Army still called the Red Army). */
  nameOutlived?: { source: string };
  /** Of a person: every prison or camp they were held in. */
  imprisonedAt?: Who;
  /** Of a site: the towns it lies next to. */
  near?: Who;
  /** Of an office: everyone who ever held it. */
  holders?: Who;
  /** Known inversions of what the entity stood for. */
  inversions?: Inversion[];
  related?: Related[];
  topics?: string[];
  key?: boolean;
  /** The works the entity's facts cite; a bare URL in a file is read as a work with only its URL. */
  sources: Work[];
  /** The id of the pack the entity comes from (set by the loader). */
  pack?: string;
}

export interface KbFile {
  topic?: string;
  entities: Entity[];
}

/** A problem found while loading: the file, the entity (when known) and what is wrong. */
/** A problem found while loading: the file, the entity and the zero-based line (when known), and what is wrong. */
export interface KbProblem {
  file: string;
  entity?: string;
  line?: number;
  message: string;
}

/** A pack's manifest (`pack.json`): what topic it covers and which packs it builds on. */
export interface PackManifest {
  id: string;
  title: string;
  period?: string;
  region?: string;
  /** The exam specifications it serves, e.g. "AQA A-level 1H". */
  specifications?: string[];
  version?: string;
  description?: string;
  /** Ids of the packs whose entities this one links to (`common`). */
  dependsOn?: string[];
}

/** A pack as loaded: its manifest, where it is, whether it is on, and what loading it found. */
export interface PackInfo {
  manifest: PackManifest;
  folder: string;
  manifestFile?: string;
  bundled: boolean;
  enabled: boolean;
  /** Set when the pack was turned off but another pack that is on depends on it. */
  requiredBy?: string;
  files: string[];
  entities: number;
  problems: KbProblem[];
}
