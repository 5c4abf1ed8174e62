// Pass 3: the stdio server, as packaged in the .vsix, driven by Neovim's built-in LSP client (Debian's neovim,
// headless): hover, definition, references and completion on a sample note.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NVIM } from './setup.mjs';
import { REPO, log, makeFixtureWorkspace, seconds, spawnGroup, stop } from './lib.mjs';

function packagedServer(extensionsDir) {
  const ext = existsSync(extensionsDir) && readdirSync(extensionsDir).find((d) => d.startsWith('history-notes.history-notes-'));
  const server = ext ? path.join(extensionsDir, ext, 'server', 'out', 'server.js') : path.join(REPO, 'server', 'out', 'server.js');
  if (!existsSync(server)) throw new Error(`no server at ${server}`);
  return server;
}

export async function runNeovimPass(run, record) {
  const root = makeFixtureWorkspace(path.join(run.dir, 'workspace-nvim'));
  const server = packagedServer(path.join(run.dir, 'extensions'));
  const out = path.join(run.dir, 'logs', 'nvim-results.json');
  const t0 = Date.now();
  const child = spawnGroup(NVIM, ['--headless', '--clean', '-S', path.join(REPO, 'scripts/e2e/nvim.lua')], {
    cwd: root,
    env: { ...run.env, E2E_SERVER: server, E2E_ROOT: root, E2E_NOTE: path.join(root, 'stalin-to-power.md'), E2E_OUT: out },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await Promise.race([
    new Promise((resolve) => child.on('exit', (c) => resolve(c))),
    new Promise((resolve) => setTimeout(() => resolve('timeout'), 90000)),
  ]);
  await stop(child);
  log(`neovim ran ${seconds(Date.now() - t0)} (exit ${code}) with ${path.relative(run.dir, server)}`);
  if (stderr.trim()) log(`neovim stderr: ${stderr.trim().slice(0, 500)}`);
  if (!existsSync(out)) {
    record('neovim: run', false, `no results (exit ${code}) ${stderr.slice(0, 500)}`);
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  if (r.error) record('neovim: run', false, r.error);
  const s = r.steps ?? {};

  const hover = s.hover?.result?.contents;
  const hoverText = typeof hover === 'string' ? hover : hover?.value ?? JSON.stringify(hover ?? '');
  record('neovim: hover on Trotsky', /Leon Trotsky/.test(hoverText) && /1879/.test(hoverText), hoverText.split('\n')[0]);

  const defs = [].concat(s.definition?.result ?? []);
  const defUri = defs[0]?.uri ?? defs[0]?.targetUri;
  // The location must be Trotsky's own entry (his label within a few lines), not an entry referring to him.
  let entry = '';
  if (defUri?.startsWith('file://')) {
    const line = (defs[0].range ?? defs[0].targetSelectionRange).start.line;
    entry = readFileSync(fileURLToPath(defUri), 'utf8').split('\n').slice(line, line + 8).join('\n');
  }
  record('neovim: definition of Trotsky', /Leon Trotsky/.test(entry), `${defUri}:${(defs[0]?.range?.start.line ?? -1) + 1}`);

  const refs = Array.isArray(s.references?.result) ? s.references.result : [];
  const files = [...new Set(refs.map((l) => l.uri.slice(l.uri.lastIndexOf('/') + 1)))];
  const want = ['stalin-to-power.md', 'stalins-soviet-union.md', 'essay-general-secretary.md'];
  record('neovim: references of Zionev across notes', want.every((f) => files.includes(f)), `${refs.length} in ${files.join(', ')}`);

  const labels = s.completion?.labels ?? [];
  record('neovim: completion of "Zin"', labels.includes('Grigory Zinoviev'), labels.slice(0, 5).join(', '));

  record('neovim: server stopped with the client', r.stopped === true);
}
