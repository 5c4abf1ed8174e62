/**
 * history-notes: the language service on the command line.
 *   history-notes scan [--json] PATH...                     every mention in the notes
 *   history-notes check [--format text|json|sarif] PATH...  the fact checker's findings; exit 1 on warnings
 *   history-notes timeline [--json] PATH...                 the notes' dated mentions in date order
 *   history-notes packs [--json]                            the knowledge packs loaded, with counts and problems
 * Every command takes --kb FOLDER (repeatable: your own packs) and --packs a,b (only these packs and what they
 * depend on). A PATH may be a folder, read recursively for *.md. Exit 2 on bad usage.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import packageJson from '../../package.json';
import { bundledDataDir, loadBundledKnowledgeBase } from './kb/bundled';
import { type KnowledgeBase } from './kb/knowledgeBase';
import type { KbProblem } from './kb/types';
import { LanguageService } from './service/languageService';
import { FsWorkspace, pathToUri } from './workspace/nodeWorkspace';
import { looksBinary } from './workspace/workspace';

const USAGE = `usage: history-notes scan [--json] [KB OPTIONS] PATH...
       history-notes check [--format text|json|sarif] [KB OPTIONS] PATH...
       history-notes timeline [--json] [KB OPTIONS] PATH...
       history-notes packs [--json] [KB OPTIONS]
KB OPTIONS: --kb FOLDER    load your own pack (or folder of packs) too; repeatable
            --packs a,b    use only these packs (and the packs they depend on)`;

interface Note {
  file: string;
  uri: string;
  text: string;
}

function collect(paths: string[], errors: string[]): Note[] {
  const files: string[] = [];
  const walk = (p: string) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      errors.push(`${p}: no such file or folder`);
      return;
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (name === 'node_modules' || name.startsWith('.')) continue;
        const full = path.join(p, name);
        const s = fs.statSync(full);
        if (s.isDirectory()) walk(full);
        else if (/\.(md|markdown)$/i.test(name)) files.push(full);
      }
    } else files.push(p);
  };
  for (const p of paths) walk(p);
  const notes: Note[] = [];
  for (const f of files) {
    const buf = fs.readFileSync(f);
    if (looksBinary(buf)) {
      errors.push(`${f}: not a text file, skipped`);
      continue;
    }
    notes.push({ file: f, uri: pathToUri(path.resolve(f)), text: buf.toString('utf8') });
  }
  return notes;
}

function makeService(notes: Note[], kb: KnowledgeBase, err: (s: string) => void): LanguageService {
  const logger = { log: () => undefined, error: (message: string) => err(`history-notes: ${message}\n`) };
  const service = new LanguageService({ kb, workspace: new FsWorkspace({ folders: [] }), logger });
  for (const n of notes) service.openNote(n.uri, 0, n.text);
  return service;
}

interface ScanRow {
  file: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  text: string;
  kind: string;
  id: string;
  label: string;
  misspelling: boolean;
  /** For a name the note's context could not tie to one entity: every candidate, most likely first. */
  candidates?: string[];
}

function scanRows(service: LanguageService, notes: Note[]): ScanRow[] {
  const rows: ScanRow[] = [];
  for (const n of notes) {
    const a = service.analysis(n.uri)!;
    for (const m of a.all()) {
      const label = m.date ? m.date.words : (service.kb.get(m.id)?.label ?? m.id);
      rows.push({
        file: n.file,
        line: m.line,
        character: m.start,
        endLine: m.line,
        endCharacter: m.end,
        text: a.lineText(m.line).slice(m.start, m.end),
        kind: m.kind,
        id: m.date ? m.date.iso : m.id,
        label,
        misspelling: m.misspelling,
        ...(m.candidates ? { candidates: m.candidates } : {}),
      });
    }
  }
  return rows;
}

function problemLine(p: KbProblem): string {
  return `${p.file}${p.line !== undefined ? `:${p.line + 1}` : ''}${p.entity ? ` [${p.entity}]` : ''}: ${p.message}`;
}

/** history-notes packs: each pack with its manifest, whether it is on, its counts and its problems. */
function listPacks(kb: KnowledgeBase, json: boolean, out: (s: string) => void): number {
  const rows = kb.packs.map((p) => ({
    ...p.manifest,
    folder: p.folder,
    bundled: p.bundled,
    enabled: p.enabled,
    requiredBy: p.requiredBy,
    files: p.files.length,
    entities: p.entities,
    problems: p.problems.map(problemLine),
  }));
  if (json) {
    out(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  for (const r of rows) {
    const state = r.enabled ? (r.requiredBy ? `on (needed by ${r.requiredBy})` : 'on') : 'off';
    const title = `${r.title}${r.period ? ` (${r.period})` : ''}`;
    const where = r.bundled ? 'bundled' : r.folder;
    out(`${r.id}\t${title}\t${state}\t${r.entities} entities\t${r.problems.length} problem(s)\t${where}\n`);
    for (const line of r.problems.slice(0, 20)) out(`  ${line}\n`);
  }
  return 0;
}

/** Where the tool is documented, for SARIF readers: the package's homepage or repository, when it names one. */
const PROJECT_URL = projectUrl(packageJson as { homepage?: unknown; repository?: unknown });

function projectUrl(pkg: { homepage?: unknown; repository?: unknown }): string | undefined {
  const repo = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository as { url?: unknown })?.url;
  const url = typeof pkg.homepage === 'string' ? pkg.homepage : typeof repo === 'string' ? repo : '';
  const plain = url.replace(/^git\+/, '').replace(/\.git$/, '');
  return /^https?:\/\//.test(plain) ? plain : undefined;
}

const SEVERITY_NAME: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function sarif(findings: { file: string; d: Diagnostic }[]): unknown {
  const level = (s?: DiagnosticSeverity) => (s === 1 ? 'error' : s === 2 ? 'warning' : 'note');
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'history-notes',
            ...(PROJECT_URL ? { informationUri: PROJECT_URL } : {}),
            rules: [...new Set(findings.map((f) => String(f.d.code)))].map((id) => ({ id })),
          },
        },
        results: findings.map(({ file, d }) => ({
          ruleId: String(d.code),
          level: level(d.severity),
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: file.split(path.sep).join('/') },
                region: {
                  startLine: d.range.start.line + 1,
                  startColumn: d.range.start.character + 1,
                  endLine: d.range.end.line + 1,
                  endColumn: d.range.end.character + 1,
                },
              },
            },
          ],
        })),
      },
    ],
  };
}

export function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): number {
  const [command, ...rest] = argv;
  const flags = new Set<string>();
  let format = 'text';
  const paths: string[] = [];
  const kbFolders: string[] = [];
  let onlyPacks: string[] | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') flags.add('json');
    else if (a === '--kb' || a.startsWith('--kb=')) {
      const folder = a === '--kb' ? rest[++i] : a.slice(5);
      if (!folder) {
        err(`history-notes: --kb needs a folder\n${USAGE}\n`);
        return 2;
      }
      kbFolders.push(path.resolve(folder));
    } else if (a === '--packs' || a.startsWith('--packs=')) {
      const list = a === '--packs' ? rest[++i] : a.slice(8);
      onlyPacks = (list ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
      if (!onlyPacks.length) {
        err(`history-notes: --packs needs a list of pack ids, e.g. --packs russia,common\n${USAGE}\n`);
        return 2;
      }
    } else if (a === '--format') {
      format = rest[++i] ?? '';
    } else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '--help' || a === '-h') {
      out(USAGE + '\n');
      return 0;
    } else if (a.startsWith('-')) {
      err(`history-notes: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else paths.push(a);
  }
  const needsPaths = command !== 'packs';
  if (
    !['scan', 'check', 'timeline', 'packs'].includes(command ?? '') ||
    (needsPaths ? paths.length === 0 : paths.length > 0) ||
    !['text', 'json', 'sarif'].includes(format)
  ) {
    err(USAGE + '\n');
    return 2;
  }
  for (const f of kbFolders)
    if (!fs.existsSync(f)) {
      err(`history-notes: ${f}: no such folder\n`);
      return 2;
    }
  const kb = loadBundledKnowledgeBase(kbFolders, bundledDataDir(), { only: onlyPacks });
  const unknown = (onlyPacks ?? []).filter((id) => !kb.packs.some((p) => p.manifest.id === id));
  if (unknown.length) {
    err(
      `history-notes: no pack called ${unknown.join(', ')}; loaded: ${kb.packs.map((p) => p.manifest.id).join(', ')}\n`,
    );
    return 2;
  }
  for (const p of kb.problems.filter((x) => kbFolders.some((f) => x.file.startsWith(f))).slice(0, 50))
    err(`history-notes: ${problemLine(p)}\n`);
  if (command === 'packs') return listPacks(kb, flags.has('json'), out);
  const errors: string[] = [];
  const notes = collect(paths, errors);
  for (const e of errors) err(`history-notes: ${e}\n`);
  if (errors.some((e) => e.endsWith('no such file or folder'))) return 2;
  const service = makeService(notes, kb, err);

  if (command === 'scan') {
    const rows = scanRows(service, notes);
    if (flags.has('json')) out(JSON.stringify(rows, null, 2) + '\n');
    else
      for (const r of rows) {
        const ambiguous = r.candidates ? ` (ambiguous: ${r.candidates.join(' | ')})` : '';
        const notes = `${r.misspelling ? ' (misspelt)' : ''}${ambiguous}`;
        out(`${r.file}:${r.line + 1}:${r.character + 1}\t${r.kind}\t${r.text}\t→ ${r.label}${notes}\n`);
      }
    return 0;
  }
  if (command === 'timeline') {
    const entries = service.timeline(notes.map((n) => n.uri));
    const byUri = new Map(notes.map((n) => [n.uri, n.file]));
    if (flags.has('json'))
      out(
        JSON.stringify(
          entries.map((e) => ({ ...e, file: byUri.get(e.uri) ?? e.uri, uri: undefined })),
          null,
          2,
        ) + '\n',
      );
    else
      for (const e of entries)
        out(
          `${e.when.padEnd(28)} ${e.label}${e.oldStyleWhen ? ` (O.S. ${e.oldStyleWhen})` : ''}` +
            `  [${path.basename(byUri.get(e.uri) ?? '')}:${e.line + 1}]\n`,
        );
    return 0;
  }
  const findings: { file: string; d: Diagnostic }[] = [];
  for (const n of notes) for (const d of service.diagnostics(n.uri)) findings.push({ file: n.file, d });
  if (format === 'json')
    out(
      JSON.stringify(
        findings.map(({ file, d }) => ({
          file,
          line: d.range.start.line,
          character: d.range.start.character,
          endLine: d.range.end.line,
          endCharacter: d.range.end.character,
          severity: SEVERITY_NAME[d.severity ?? 3],
          code: d.code,
          message: d.message,
        })),
        null,
        2,
      ) + '\n',
    );
  else if (format === 'sarif') out(JSON.stringify(sarif(findings), null, 2) + '\n');
  else {
    for (const { file, d } of findings)
      out(
        `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}` +
          ` ${SEVERITY_NAME[d.severity ?? 3]} ${d.message}\n`,
      );
    out(
      `${findings.length} finding${findings.length === 1 ? '' : 's'}` +
        ` in ${notes.length} note${notes.length === 1 ? '' : 's'}\n`,
    );
  }
  return findings.some((f) => (f.d.severity ?? 3) <= DiagnosticSeverity.Warning) ? 1 : 0;
}

if (require.main === module) {
  // A reader that stops early (`history-notes scan notes | head`) closes the pipe: that ends the output, quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`history-notes: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
