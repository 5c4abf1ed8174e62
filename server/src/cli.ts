/**
 * history-notes: the language service on the command line.
 *   history-notes scan [--json] PATH...                     every mention in the notes
 *   history-notes check [--format text|json|sarif] PATH...  the fact checker's findings; exit 1 on warnings
 * A PATH may be a folder, read recursively for *.md. Exit 2 on bad usage.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import packageJson from '../../package.json';
import { loadBundledKnowledgeBase } from './kb/bundled';
import { LanguageService } from './service/languageService';
import { FsWorkspace, pathToUri } from './workspace/nodeWorkspace';
import { looksBinary } from './workspace/workspace';

const USAGE = `usage: history-notes scan [--json] PATH...
       history-notes check [--format text|json|sarif] PATH...
       history-notes timeline [--json] PATH...`;

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

function makeService(notes: Note[]): LanguageService {
  const kb = loadBundledKnowledgeBase();
  const service = new LanguageService({ kb, workspace: new FsWorkspace({ folders: [] }) });
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
      });
    }
  }
  return rows;
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
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') flags.add('json');
    else if (a === '--format') {
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
  if (
    !['scan', 'check', 'timeline'].includes(command ?? '') ||
    paths.length === 0 ||
    !['text', 'json', 'sarif'].includes(format)
  ) {
    err(USAGE + '\n');
    return 2;
  }
  const errors: string[] = [];
  const notes = collect(paths, errors);
  for (const e of errors) err(`history-notes: ${e}\n`);
  if (errors.some((e) => e.endsWith('no such file or folder'))) return 2;
  const service = makeService(notes);

  if (command === 'scan') {
    const rows = scanRows(service, notes);
    if (flags.has('json')) out(JSON.stringify(rows, null, 2) + '\n');
    else
      for (const r of rows)
        out(
          `${r.file}:${r.line + 1}:${r.character + 1}\t${r.kind}\t${r.text}\t` +
            `→ ${r.label}${r.misspelling ? ' (misspelt)' : ''}\n`,
        );
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
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`history-notes: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
