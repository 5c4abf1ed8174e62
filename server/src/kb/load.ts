/**
 * Loading the knowledge base from the disk (Node only): reading pack folders and the schema's validator, then
 * build.ts does the rest. Files are data, never code: they are parsed, never run, and validated against
 * data/schema/kb.schema.json with ajv. Loading never throws: what cannot be read is reported as a problem.
 */
import type { Options, ValidateFunction } from 'ajv';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { buildKnowledgeBase, entityValidator, type LoadedKb, type PackOptions } from './build';
import type { PackFile, PackInput } from './packs';
import type { KbProblem } from './types';

export type { LoadedKb } from './build';

/** The validator's options; scripts/build.mjs compiles the schema ahead of time with these same options. */
export const AJV_OPTIONS: Options = { allErrors: true, strict: true, strictRequired: false };

/** What a validator compiled ahead of time is valid for: these options and this schema text, exactly. */
export function schemaHash(schemaText: string): string {
  return createHash('sha256').update(JSON.stringify(AJV_OPTIONS)).update('\0').update(schemaText).digest('hex');
}

let validator: ValidateFunction | undefined;

/**
 * The schema's validator. The build compiles it ahead of time (ajv's standalone code, server/out/kb-validator.js)
 * so that starting the server does not pay for ajv's compiler; it is used only when it was compiled from this
 * very schema text, and otherwise (a changed schema, tests run from the sources) ajv compiles the schema here.
 * Either way every entity is validated at load time.
 */
function getValidator(schemaPath: string): ValidateFunction {
  if (!validator) {
    const text = fs.readFileSync(schemaPath, 'utf8');
    validator = precompiledValidator(schemaHash(text)) ?? compileValidator(text);
  }
  return validator;
}

function precompiledValidator(hash: string): ValidateFunction | undefined {
  const file = path.join(__dirname, 'kb-validator.js');
  if (!fs.existsSync(file)) return undefined;
  try {
    const v = require(file) as ValidateFunction & { schemaHash?: string };
    return v.schemaHash === hash ? v : undefined;
  } catch {
    return undefined;
  }
}

function compileValidator(schemaText: string): ValidateFunction {
  // Required here, not imported: a server with a precompiled validator never loads ajv's compiler.
  const { default: Ajv } = require('ajv') as typeof import('ajv');
  return new Ajv(AJV_OPTIONS).compile(JSON.parse(schemaText));
}

export interface LoadOptions extends PackOptions {
  /** How many of the folders, from the first, are bundled packs (the rest are the user's). */
  bundled?: number;
}

/**
 * Reads the packs in the given folders and returns the checked entities of the packs that are on. A folder is a
 * pack (it has a pack.json), a folder of packs (its subfolders have one), or a plain folder of entity files (a
 * pack named after the folder). Entity files are *.json (`{ "entities": [...] }`) and *.md (one entity each).
 */
export function loadKnowledgeBase(folders: string[], schemaPath: string, options: LoadOptions = {}): LoadedKb {
  const problems: KbProblem[] = [];
  const bundledCount = options.bundled ?? 0;
  const inputs: PackInput[] = [];
  folders.forEach((folder, i) => inputs.push(...readPackFolders(folder, i < bundledCount, problems)));
  return buildKnowledgeBase(inputs, entityValidator(getValidator(schemaPath)), options, problems);
}

/** The packs a folder holds, read from the disk; a folder that cannot be read is a problem, not an error. */
function readPackFolders(folder: string, bundled: boolean, problems: KbProblem[]): PackInput[] {
  let dirents: fs.Dirent[];
  try {
    dirents = fs.readdirSync(folder, { withFileTypes: true });
  } catch (err) {
    problems.push({ file: folder, message: `cannot read the folder: ${(err as Error).message}` });
    return [];
  }
  const names = new Set(dirents.map((d) => d.name));
  if (!names.has('pack.json')) {
    const subPacks = dirents
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(folder, d.name, 'pack.json')))
      .map((d) => d.name)
      .sort();
    if (subPacks.length) return subPacks.flatMap((d) => readPackFolders(path.join(folder, d), bundled, problems));
  }
  const read = (name: string): PackFile | undefined => {
    const file = path.join(folder, name);
    try {
      return { path: file, text: fs.readFileSync(file, 'utf8') };
    } catch (err) {
      problems.push({ file, message: `cannot read the file: ${(err as Error).message}` });
      return undefined;
    }
  };
  const entityFiles = dirents
    .filter((d) => d.isFile() && /\.(json|md|markdown)$/i.test(d.name) && d.name !== 'pack.json')
    .filter((d) => !/^readme\.(md|markdown)$/i.test(d.name))
    .map((d) => d.name)
    .sort()
    .map(read)
    .filter((f): f is PackFile => !!f);
  return [{ folder, bundled, manifest: names.has('pack.json') ? read('pack.json') : undefined, files: entityFiles }];
}
