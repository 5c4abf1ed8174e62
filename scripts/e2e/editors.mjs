// Pass 3: the stdio server, as packaged in the .vsix, in other editors' LSP clients, each configured as the
// README says: Neovim's built-in client (nvim.lua, headless) and Emacs's eglot (emacs.el, batch). Each
// script records what the server answered to hover, definition, references and completion on a sample
// note; this file judges the answers the same way for both.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMACS, NVIM } from './setup.mjs';
import { REPO, log, makeFixtureWorkspace, seconds, spawnGroup, stop } from './lib.mjs';

const NOTE = 'stalin-to-power.md';

function packagedServer(extensionsDir) {
  const ext =
    existsSync(extensionsDir) && readdirSync(extensionsDir).find((d) => d.startsWith('history-notes.history-notes-'));
  const server = ext
    ? path.join(extensionsDir, ext, 'server', 'out', 'server.js')
    : path.join(REPO, 'server', 'out', 'server.js');
  if (!existsSync(server)) throw new Error(`no server at ${server}`);
  return server;
}

async function runEditor(run, name, cmd, args, record) {
  const root = makeFixtureWorkspace(path.join(run.dir, `workspace-${name}`));
  let server;
  try {
    server = packagedServer(path.join(run.dir, 'extensions'));
  } catch (err) {
    record(`${name}: server`, false, err.message);
    return;
  }
  const out = path.join(run.dir, 'logs', `${name}-results.json`);
  const t0 = Date.now();
  const child = spawnGroup(cmd, args, {
    cwd: root,
    env: { ...run.env, E2E_SERVER: server, E2E_ROOT: root, E2E_NOTE: path.join(root, NOTE), E2E_OUT: out },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await Promise.race([
    new Promise((resolve) => child.on('exit', (c) => resolve(c))),
    new Promise((resolve) => setTimeout(() => resolve('timeout'), 90000)),
  ]);
  await stop(child);
  log(`${name} ran ${seconds(Date.now() - t0)} (exit ${code}) with ${path.relative(run.dir, server)}`);
  if (!existsSync(out)) {
    record(`${name}: run`, false, `no results (exit ${code}) ${stderr.slice(-500)}`);
    return;
  }
  judge(name, JSON.parse(readFileSync(out, 'utf8')), record);
}

/**
 * r: { hover: string|MarkupContent, definition: Location[], references: Location[], completion: string[], stopped,
 * error }
 */
function judge(name, r, record) {
  if (r.error) record(`${name}: run`, false, r.error);

  const hover = typeof r.hover === 'string' ? r.hover : (r.hover?.value ?? '');
  record(`${name}: hover on Trotsky`, /Leon Trotsky/.test(hover) && /1879/.test(hover), hover.split('\n')[0]);

  // The location must be Trotsky's own entry (his label within a few lines), not an entry referring to him.
  const def = [].concat(r.definition ?? [])[0];
  const defUri = def?.uri ?? def?.targetUri;
  const defLine = (def?.range ?? def?.targetSelectionRange)?.start?.line ?? 0;
  let entry = '';
  if (defUri?.startsWith('file://')) {
    entry = readFileSync(fileURLToPath(defUri), 'utf8')
      .split('\n')
      .slice(defLine, defLine + 8)
      .join('\n');
  }
  record(`${name}: definition of Trotsky is his entry`, /Leon Trotsky/.test(entry), `${defUri}:${defLine + 1}`);

  const refs = Array.isArray(r.references) ? r.references : [];
  const files = [...new Set(refs.map((l) => l.uri.slice(l.uri.lastIndexOf('/') + 1)))];
  const want = [NOTE, 'stalins-soviet-union.md', 'essay-general-secretary.md'];
  record(
    `${name}: references of Zionev across notes`,
    want.every((f) => files.includes(f)),
    `${refs.length} in ${files.join(', ')}`,
  );

  const labels = r.completion ?? [];
  record(
    `${name}: completion of "Zin" offers Grigory Zinoviev`,
    labels.includes('Grigory Zinoviev'),
    `${labels.length} items`,
  );

  record(`${name}: server stopped with the client`, r.stopped === true);
}

export async function runNeovimPass(run, record) {
  await runEditor(
    run,
    'neovim',
    NVIM,
    ['--headless', '--clean', '-S', path.join(REPO, 'scripts/e2e/nvim.lua')],
    record,
  );
}

export async function runEmacsPass(run, record) {
  await runEditor(run, 'emacs', EMACS, ['--batch', '-q', '-l', path.join(REPO, 'scripts/e2e/emacs.el')], record);
}
