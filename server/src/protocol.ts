/**
 * The custom requests between the History Notes client and server, declared once: their method names,
 * parameters and results. The server (server.ts) answers them; the client (client/src) sends them and imports
 * the result types from here. Types only, and the request descriptors: nothing here runs on either side.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Location } from 'vscode-languageserver-types';
import type { EntityKind, MentionKind } from './kb/types';

export type { EntityKind, MentionKind };

/**
 * One dated thing of a note or of the workspace: a date the note writes, or an entity with the knowledge base's dates.
 */
export interface TimelineEntry {
  uri: string;
  line: number;
  character: number;
  endCharacter: number;
  kind: MentionKind;
  /** The entity's id, or for a date the note writes its ISO value (`1924`, `1927/1928`). */
  id: string;
  label: string;
  /** ISO partial dates: the span the entry covers. */
  from: string;
  to: string;
  /** The span in words. */
  when: string;
  /** The Old Style (Julian) date of the start, for Russian dates before February 1918: ISO, and in words. */
  oldStyle?: string;
  oldStyleWhen?: string;
  /** From the note's own text (a date written) or from the knowledge base (an entity's dates). */
  origin: 'note' | 'knowledge base';
}

/** An entity the workspace mentions, with how often and in how many notes. */
export interface EntitySummary {
  id: string;
  label: string;
  kind: EntityKind;
  notes: number;
  mentions: number;
}

/** The key entities of one topic that no note mentions yet. */
export interface CoverageGap {
  topic: string;
  entities: { id: string; label: string; kind: EntityKind }[];
}

export interface TimelineParams {
  /** The notes to draw; without, every note of the workspace. */
  uris?: string[];
}

export interface MentionsParams {
  /** The entity's id. */
  id: string;
}

/** The timeline of some notes, or of the whole workspace, in date order. */
export const TimelineRequest = new RequestType<TimelineParams, TimelineEntry[], void>('historyNotes/timeline');
/** Every entity the workspace mentions (the Entities view). */
export const EntitiesRequest = new RequestType<object, EntitySummary[], void>('historyNotes/entities');
/** Every mention of one entity across the workspace. */
export const MentionsRequest = new RequestType<MentionsParams, Location[], void>('historyNotes/mentions');
/** The revision coverage report. */
export const CoverageRequest = new RequestType<object, CoverageGap[], void>('historyNotes/coverage');

/** A knowledge pack as the Knowledge Packs command lists it. */
export interface PackSummary {
  id: string;
  title: string;
  period?: string;
  specifications?: string[];
  entities: number;
  enabled: boolean;
  /** Set when the pack was turned off but a pack that is on depends on it. */
  requiredBy?: string;
  bundled: boolean;
  problems: number;
}
/** The knowledge packs loaded, on or off. */
export const PacksRequest = new RequestType<object, PackSummary[], void>('historyNotes/packs');

/** What a group of mentions of one kind is called, in the outline and the Entities view. */
export const KIND_GROUP_NAMES: Record<MentionKind, string> = {
  person: 'People',
  organisation: 'Organisations',
  congress: 'Congresses',
  event: 'Events',
  policy: 'Policies',
  document: 'Documents',
  place: 'Places',
  concept: 'Concepts',
  date: 'Dates',
};

/**
 * Server → client: the workspace index has been built (the first indexing, or again under another knowledge base):
 * the views that list what the workspace mentions are drawn again.
 */
export const IndexedNotification = new NotificationType<object>('historyNotes/indexed');

/** The command a quick fix runs to accept a name for the workspace (the client adds it to acceptedNames). */
export const ACCEPT_NAME_COMMAND = 'historyNotes.acceptName';
/** The command a code lens runs to show an entity's references. */
export const SHOW_REFERENCES_COMMAND = 'historyNotes.showReferences';

// ---- The fact page: go to definition where there is no knowledge base file to open (the web) ---------------

/**
 * The scheme of a read-only fact page, `history-notes:/entity/<id>.md` (the id URI-encoded): where go to
 * definition leads when the entity's knowledge base file cannot be opened (on the web, the bundled packs live
 * inside the server's worker). The client shows it with the server's answer to FactPageRequest.
 */
export const FACT_PAGE_SCHEME = 'history-notes';

export interface FactPageParams {
  id: string;
}
/** The fact page of one entity, as Markdown; null for an id the knowledge base does not know. */
export const FactPageRequest = new RequestType<FactPageParams, string | null, void>('historyNotes/factPage');

// ---- Server → client: the workspace read for a server that cannot read the disk (the web worker) -------------

/** Every Markdown note of the workspace folders, as URIs (files.exclude, node_modules and dot-folders left out). */
export const ListNotesRequest = new RequestType<object, string[], void>('historyNotes/listNotes');

export interface ReadNotesParams {
  uris: string[];
  /** Notes larger than this are not read (historyNotes.maxFileSizeMB). */
  maxFileBytes: number;
}
/** A note's text, or why it was left out (with its size in bytes), or null when it cannot be read. */
export type NoteContent = { text: string } | { skipped: 'too-large' | 'binary'; bytes: number } | null;
/** The texts of some notes, in the order asked. */
export const ReadNotesRequest = new RequestType<ReadNotesParams, NoteContent[], void>('historyNotes/readNotes');

export interface ReadKnowledgeBaseParams {
  /** Folder URIs (historyNotes.knowledgeBase.folders, resolved by the server). */
  folders: string[];
}
export interface KnowledgeBaseFolder {
  folder: string;
  /**
   * Its pack files (pack.json, *.json, *.md) and those of the packs one folder down, in name order: each file's URI
   * is the folder's URI, '/', the encoded names.
   */
  files: { file: string; text: string }[];
  /** Why the folder could not be read. */
  error?: string;
}
/** The texts of the user's knowledge base folders. */
export const ReadKnowledgeBaseRequest = new RequestType<ReadKnowledgeBaseParams, KnowledgeBaseFolder[], void>(
  'historyNotes/readKnowledgeBase',
);
