/**
 * The settings the service reads (`historyNotes.*` in the editor), their defaults, and how the client's raw
 * configuration becomes them. Each setting is one entry of SETTING_READERS: a new setting is a field of Settings,
 * its default, and one reader.
 */
import { DEFAULT_MAX_FILE_BYTES } from '../workspace/workspace';

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

// prettier-ignore
const SEVERITIES: readonly Severity[] = [
  'error',
  'warning',
  'information',
  'hint',
  'off',
];

export interface Settings {
  factCheck: { misspellings: Severity; dates: Severity; anachronisms: Severity; confusions: Severity };
  /** Names accepted in this workspace: never reported as misspellings. */
  acceptedNames: string[];
  /** Notes larger than this (in UTF-8 bytes) are neither indexed nor analysed. */
  maxFileBytes: number;
  /** Folders of the user's own knowledge base files, as written (relative ones are resolved by the adapter). */
  knowledgeBaseFolders: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  factCheck: { misspellings: 'information', dates: 'warning', anachronisms: 'warning', confusions: 'warning' },
  acceptedNames: [],
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  knowledgeBaseFolders: [],
};

/** The `historyNotes` section as the client sends it: anything at all. */
type RawSection = Record<string, unknown>;

/** Each setting read from the raw section: a value of the right type, or the default. */
const SETTING_READERS: { [K in keyof Settings]: (raw: RawSection) => Settings[K] } = {
  factCheck: (raw) => {
    const given = (raw.factCheck ?? {}) as Record<string, unknown>;
    const out = { ...DEFAULT_SETTINGS.factCheck };
    for (const k of Object.keys(out) as (keyof Settings['factCheck'])[]) {
      const v = given[k];
      if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) out[k] = v as Severity;
    }
    return out;
  },
  acceptedNames: (raw) => strings(raw.acceptedNames),
  maxFileBytes: (raw) =>
    typeof raw.maxFileSizeMB === 'number' && raw.maxFileSizeMB > 0
      ? raw.maxFileSizeMB * 1024 * 1024
      : DEFAULT_SETTINGS.maxFileBytes,
  knowledgeBaseFolders: (raw) =>
    strings((raw.knowledgeBase as { folders?: unknown } | undefined)?.folders).filter((x) => x.trim() !== ''),
};

/** The settings in the client's `historyNotes` section; what is missing or malformed takes its default. */
export function parseSettings(section: unknown): Settings {
  const raw = (typeof section === 'object' && section !== null ? section : {}) as RawSection;
  const out = {} as Record<keyof Settings, unknown>;
  for (const key of Object.keys(SETTING_READERS) as (keyof Settings)[]) out[key] = SETTING_READERS[key](raw);
  return out as Settings;
}

/** The globs of the editor's `files.exclude` that are turned on. */
export function parseExcludeGlobs(section: unknown): string[] {
  if (typeof section !== 'object' || section === null) return [];
  return Object.entries(section as Record<string, unknown>)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
