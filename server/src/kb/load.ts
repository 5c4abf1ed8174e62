/**
 * Node only: the knowledge base read from folders on disk. Files are data, never code: their texts go to
 * build.ts, which parses, validates and checks them. Loading never throws: a folder that cannot be read, a broken
 * file or entity is reported as a problem and left out, and the rest of the knowledge base still works.
 */
import type { ValidateFunction } from 'ajv';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { AJV_OPTIONS, buildKnowledgeBase, describe, type KbText, type LoadedKb } from './build';
import { KnowledgeBase } from './knowledgeBase';
import type { KbFile, KbProblem } from './types';

export { AJV_OPTIONS, citedUrls, type LoadedKb } from './build';

// On Node, a knowledge base finds where its entities are written (go to definition) by reading its files.
KnowledgeBase.defaultRead = (file) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

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

/** Reads every *.json file of the given folders (in name order) and returns the checked entities. */
export function loadKnowledgeBase(folders: string[], schemaPath: string): LoadedKb {
  const problems: KbProblem[] = [];
  const texts: KbText[] = [];
  const validate = getValidator(schemaPath);
  for (const folder of folders) {
    let names: string[];
    try {
      names = fs
        .readdirSync(folder)
        .filter((n) => n.endsWith('.json') && n !== 'pack.json')
        .sort();
    } catch (err) {
      problems.push({ file: folder, message: `cannot read the folder: ${(err as Error).message}` });
      continue;
    }
    for (const name of names) {
      const file = path.join(folder, name);
      try {
        texts.push({ file, text: fs.readFileSync(file, 'utf8') });
      } catch (err) {
        texts.push({ file, unreadable: (err as Error).message });
      }
    }
  }
  return buildKnowledgeBase(texts, validate, problems);
}

export function validateKbFileShape(data: unknown, schemaPath: string): string[] {
  const validate = getValidator(schemaPath);
  return validate(data as KbFile) ? [] : (validate.errors ?? []).map(describe);
}
