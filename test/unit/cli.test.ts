/** The command line: scan, check and timeline over folders of notes, their formats and exit codes. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../server/src/cli';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '',
    err = '';
  const code = main(
    args,
    (s) => {
      out += s;
    },
    (s) => {
      err += s;
    },
  );
  return { code, out, err };
}

describe('history-notes CLI', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-cli-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'clean.md'), 'Trotsky was expelled from the party in 1927.\n');
    fs.writeFileSync(
      path.join(dir, 'sub', 'slips.md'),
      'Zionev spoke.\nThe 13th Party Congress in January 1924 condemned Trotsky.\n',
    );
    fs.writeFileSync(path.join(dir, 'sub', 'binary.md'), Buffer.from([0, 1, 2, 3]));
    fs.writeFileSync(path.join(dir, 'ignored.txt'), 'Stalin');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('scan --json prints every mention with 0-based UTF-16 positions and labels', () => {
    const r = run(['scan', '--json', path.join(dir, 'clean.md')]);
    assert.strictEqual(r.code, 0);
    const rows = JSON.parse(r.out);
    assert.deepStrictEqual(
      rows.map((x: { text: string; kind: string; id: string; label: string }) => [x.text, x.kind, x.id, x.label]),
      [
        ['Trotsky', 'person', 'leon-trotsky', 'Leon Trotsky'],
        ['1927', 'date', '1927', '1927'],
      ],
    );
    assert.deepStrictEqual(Object.keys(rows[0]).sort(), [
      'character',
      'endCharacter',
      'endLine',
      'file',
      'id',
      'kind',
      'label',
      'line',
      'misspelling',
      'text',
    ]);
    assert.deepStrictEqual([rows[0].line, rows[0].character, rows[0].endCharacter], [0, 0, 7]);
  });

  it('reads folders recursively, only Markdown, and skips binary files with a message', () => {
    const r = run(['scan', '--json', dir]);
    const files = new Set(JSON.parse(r.out).map((x: { file: string }) => path.basename(x.file)));
    assert.deepStrictEqual([...files].sort(), ['clean.md', 'slips.md']);
    assert.match(r.err, /binary\.md: not a text file, skipped/);
  });

  it('check exits 0 on clean notes and 1 on warnings, with file:line:col findings', () => {
    assert.strictEqual(run(['check', path.join(dir, 'clean.md')]).code, 0);
    const r = run(['check', dir]);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /slips\.md:1:1 info “Zionev” looks like a misspelling of Zinoviev/);
    assert.match(r.out, /slips\.md:2:5 warning The 13th Party Congress met on 23–31 May 1924/);
  });

  it('check writes JSON and SARIF', () => {
    const json = JSON.parse(run(['check', '--format', 'json', dir]).out);
    assert.deepStrictEqual(
      json.map((f: { code: string; severity: string }) => `${f.code}/${f.severity}`),
      ['misspelling/info', 'confusion/warning'],
    );
    const sarif = JSON.parse(run(['check', '--format=sarif', dir]).out);
    assert.strictEqual(sarif.version, '2.1.0');
    assert.deepStrictEqual(
      sarif.runs[0].results.map((x: { ruleId: string; level: string }) => `${x.ruleId}/${x.level}`),
      ['misspelling/note', 'confusion/warning'],
    );
    assert.strictEqual(sarif.runs[0].results[1].locations[0].physicalLocation.region.startLine, 2);
  });

  it('timeline lists the dated entities and dates in order', () => {
    const r = run(['timeline', '--json', path.join(dir, 'clean.md')]);
    const entries = JSON.parse(r.out);
    assert.deepStrictEqual(
      entries.map((e: { label: string }) => e.label),
      ['Leon Trotsky', '1927'],
    );
  });

  it('exits 2 on bad usage', () => {
    assert.strictEqual(run([]).code, 2);
    assert.strictEqual(run(['scan']).code, 2);
    assert.strictEqual(run(['frobnicate', dir]).code, 2);
    assert.strictEqual(run(['check', '--format', 'xml', dir]).code, 2);
    assert.strictEqual(run(['scan', '--nope', dir]).code, 2);
    assert.strictEqual(run(['scan', path.join(dir, 'missing')]).code, 2);
  });
});
