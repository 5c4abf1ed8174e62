// The real-editor suite: runs inside a VS Code extension host (VS Code via @vscode/test-electron, or
// code-server), with the packaged extension installed and the sample notes open as the workspace. It drives
// the same commands the editor's UI uses and waits for the language server by polling, never by sleeping.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import events from '../../../data/packs/russia/events-1917-1927.json';
import people from '../../../data/packs/russia/people-leaders.json';
import policies from '../../../data/packs/russia/policies-concepts-documents.json';
import {
  activateExtension,
  basename,
  completionLabel,
  decodeTokens,
  eventually,
  flattenSymbols,
  hoverText,
  isoInWords,
  locationsOf,
  openNote,
  positionAfter,
  positionOf,
  startKey,
  textAt,
  writeNote,
} from './helpers';

const BULLETS = 'stalin-to-power.md'; // has the misspelling `Zionev`
const NOTES = 'stalins-soviet-union.md'; // front matter, headings, `Zinoviev`
const ESSAY = 'essay-general-secretary.md'; // long paragraphs, `Trotsky`, `Zinoviev`

interface KbDate {
  date: string;
  approximate?: boolean;
}
interface KbEntity {
  id: string;
  label: string;
  start?: KbDate;
  end?: KbDate;
  born?: KbDate;
  died?: KbDate;
}
const KB = new Map<string, KbEntity>(
  [events, people, policies].flatMap((f) => (f.entities as KbEntity[]).map((e) => [e.id, e] as [string, KbEntity])),
);

/** An entity's dates as the knowledge base gives them, in words: what its timeline entry should display. */
function kbWhen(id: string): { label: string; when: string } {
  const e = KB.get(id);
  assert.ok(e, `no ${id} in the knowledge base`);
  const start = e.born ?? e.start,
    end = e.died ?? e.end;
  assert.ok(start, `${id} has no date`);
  // An approximate date reads "c. 1928".
  const words = (d: KbDate) => (d.approximate ? 'c. ' : '') + isoInWords(d.date);
  return { label: e.label, when: end && end.date !== start.date ? `${words(start)} – ${words(end)}` : words(start) };
}

suite('History Notes in a real editor', () => {
  suiteSetup(async function () {
    this.timeout(60000);
    const ext = await activateExtension();
    const expectedDir = process.env.HISTORY_NOTES_E2E_EXTENSIONS_DIR;
    if (expectedDir) {
      // code-server run: the extension must be the one installed from the .vsix, not a development copy.
      assert.ok(
        ext.extensionPath.startsWith(expectedDir),
        `extension loaded from ${ext.extensionPath}, expected the installed .vsix under ${expectedDir}`,
      );
    }
  });

  test('hover on Trotsky shows his card with his life dates', async () => {
    const doc = await openNote(BULLETS);
    const pos = positionOf(doc, 'Trotsky', 0, 2);
    const text = await eventually(
      'hover card for Trotsky',
      async () =>
        hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)),
      (t) => t.includes('Leon Trotsky'),
    );
    const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
    assert.match(firstLine, /^#+ .*Leon Trotsky/, `the card opens with a heading naming him: ${firstLine}`);
    assert.match(text, /1879/, 'birth year');
    assert.match(text, /1940/, 'death year');
  });

  test('typing "Zin" offers Grigory Zinoviev', async () => {
    const doc = await writeNote('scratch-zin.md', '# Scratch\n\nThe Troika: Stalin, Kamenev and Zin\n');
    const pos = positionAfter(doc, 'Zin', 0);
    const labels = await eventually(
      'completion of "Zin"',
      async () =>
        (
          await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider',
            doc.uri,
            pos,
          )
        ).items.map(completionLabel),
      (ls) => ls.includes('Grigory Zinoviev'),
    );
    assert.ok(labels.includes('Grigory Zinoviev'));
  });

  test('typing "15th" offers the 15th Party Congress', async () => {
    const doc = await writeNote('scratch-15th.md', '# Scratch\n\nTrotsky was expelled after the 15th\n');
    const pos = positionAfter(doc, '15th', 0);
    const labels = await eventually(
      'completion of "15th"',
      async () =>
        (
          await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider',
            doc.uri,
            pos,
          )
        ).items.map(completionLabel),
      (ls) => ls.some((l) => /^15th Party Congress/.test(l)),
    );
    const congress = labels.find((l) => /^15th Party Congress/.test(l));
    assert.match(congress ?? '', /1927/, `the item dates the congress: ${congress}`);
  });

  test('go to definition of a name leads to its entry', async () => {
    const doc = await openNote(ESSAY);
    const pos = positionOf(doc, 'Trotsky', 0, 2);
    const locations = await eventually(
      'definition of Trotsky',
      async () =>
        locationsOf(
          await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
            'vscode.executeDefinitionProvider',
            doc.uri,
            pos,
          ),
        ),
      (ls) => ls.length > 0,
    );
    const target = await vscode.workspace.openTextDocument(locations[0].uri);
    assert.notEqual(locations[0].uri.toString(), doc.uri.toString(), 'definition leads away from the note');
    // A knowledge-base file shipped with the extension, or a virtual read-only document: either way the
    // location is Trotsky's own entry (his label right there), not some other entry that merely refers to him.
    const start = locations[0].range.start.line;
    const entry = Array.from(
      { length: Math.min(8, target.lineCount - start) },
      (_, i) => target.lineAt(start + i).text,
    ).join('\n');
    assert.match(
      entry,
      /Leon Trotsky/,
      `the definition (${locations[0].uri.toString()}:${start + 1}) is his entry:\n${entry}`,
    );
  });

  test('references of Zinoviev span several notes, misspelt Zionev included', async () => {
    const doc = await openNote(NOTES);
    const pos = positionOf(doc, 'Zinoviev', 0, 2);
    const locations = await eventually(
      'references of Zinoviev',
      async () =>
        locationsOf(
          await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, pos),
        ),
      (ls) => new Set(ls.map((l) => basename(l.uri))).has(BULLETS),
    );
    const files = new Set(locations.map((l) => basename(l.uri)));
    for (const f of [NOTES, BULLETS, ESSAY])
      assert.ok(files.has(f), `a reference in ${f}; got ${[...files].join(', ')}`);
    const texts = await Promise.all(locations.map(textAt));
    assert.ok(texts.includes('Zionev'), `the misspelling is among the references: ${texts.join(', ')}`);
    assert.ok(texts.includes('Zinoviev'));
  });

  test('document symbols list the entities of a note', async () => {
    const doc = await openNote(BULLETS);
    const names = await eventually(
      'document symbols',
      async () =>
        flattenSymbols(
          await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
            'vscode.executeDocumentSymbolProvider',
            doc.uri,
          ),
        ),
      (ns) => ns.some((n) => /Trotsky/.test(n)),
    );
    for (const who of ['Trotsky', 'Stalin', 'Zinoviev', 'Kamenev']) {
      assert.ok(
        names.some((n) => n.includes(who)),
        `a symbol for ${who}: ${names.join(', ')}`,
      );
    }
  });

  test('diagnostics flag Zionev as a likely misspelling of Zinoviev', async () => {
    const doc = await openNote(BULLETS);
    const diagnostics = await eventually(
      'diagnostics on Zionev',
      () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'history-notes'),
      (ds) => ds.some((d) => doc.getText(d.range) === 'Zionev'),
    );
    const zionev = diagnostics.filter((d) => doc.getText(d.range) === 'Zionev');
    assert.ok(zionev.length >= 1);
    assert.match(zionev[0].message, /Zinoviev/, zionev[0].message);
  });

  test(
    'the timeline of stalins-soviet-union.md is in date order, dated as in the knowledge base, ' +
      'and leads to the mention',
    async () => {
      const doc = await openNote(NOTES);
      const { exports: api } = await activateExtension();
      const describe = (item: vscode.TreeItem): string => `${String(item.label)} ${String(item.description)}`;
      const items = await eventually(
        'the timeline of the note, the dates it writes included',
        () => api.timeline(doc.uri),
        (is) =>
          is.some((i) => i.description === 'Death of Vladimir Lenin') && is.some((i) => i.description === '“1922”'),
      );
      const keys = items.map((i) => startKey(String(i.label)));
      keys
        .slice(1)
        .forEach((k, i) =>
          assert.ok(keys[i] <= k, `entry ${i + 2} (${describe(items[i + 1])}) comes after ${describe(items[i])}`),
        );
      // Events, a policy, a document and a person the note mentions: their displayed dates are the knowledge base's.
      for (const id of [
        'lenin-death',
        'lenin-funeral',
        'russian-civil-war',
        'new-economic-policy',
        'lenins-testament',
        'leon-trotsky',
      ]) {
        const { label, when } = kbWhen(id);
        const item = items.find((i) => i.description === label || String(i.description).startsWith(`${label} (O.S.`));
        assert.ok(item, `no timeline entry for ${label}: ${items.map(describe).join(' | ')}`);
        assert.equal(item.label, when, `the date shown for ${label}`);
      }
      // Clicking an entry runs its command: the cursor lands on the mention ("Lenin died", line 17).
      const death = items.find((i) => i.description === 'Death of Vladimir Lenin')!;
      const editor = await vscode.window.showTextDocument(doc, { selection: new vscode.Range(0, 0, 0, 0) });
      assert.equal(editor.selection.active.line, 0);
      assert.ok(death.command, 'the entry has a command');
      await vscode.commands.executeCommand(death.command.command, ...(death.command.arguments ?? []));
      const active = vscode.window.activeTextEditor;
      assert.equal(active?.document.uri.toString(), doc.uri.toString(), 'the note is the active editor');
      const at = positionOf(doc, 'Lenin died', 0, 0);
      const cursor = active.selection.active;
      assert.deepEqual([cursor.line, cursor.character], [at.line, at.character], 'the cursor is at "Lenin died"');
    },
  );

  test('semantic tokens colour a person and a date in stalins-soviet-union.md', async () => {
    const doc = await openNote(NOTES);
    const legend = await eventually(
      'the semantic tokens legend',
      () =>
        vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
          'vscode.provideDocumentSemanticTokensLegend',
          doc.uri,
        ),
      (l) => !!l?.tokenTypes.includes('historyPerson'),
    );
    const tokens = await eventually(
      'semantic tokens of the note',
      async () =>
        decodeTokens(
          await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
            'vscode.provideDocumentSemanticTokens',
            doc.uri,
          ),
          legend!,
        ),
      (ts) => ts.some((t) => t.type === 'historyDate'),
    );
    const tokenAt = (needle: string, offset: number, length: number) => {
      const p = positionOf(doc, needle, 0, offset);
      return tokens.find((t) => t.line === p.line && t.start === p.character && t.length === length)?.type;
    };
    assert.equal(tokenAt('felt that Trotsky', 10, 7), 'historyPerson', 'Trotsky (line 19) is a person');
    assert.equal(tokenAt('in **1922**', 5, 4), 'historyDate', '1922 (line 14) is a date');
    assert.equal(tokenAt('felt that Trotsky', 0, 4), undefined, 'the prose before it is not a token');
  });
});
