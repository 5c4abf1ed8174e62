// Runner 2 (`npm run test:e2e`), offline: the packaged extension in a real VS Code (code-server), then what a
// person sees in chromium, then the same .vsix in the browser's web-worker extension host (its web build), then the
// stdio server in Neovim and Emacs. Installs what it needs (scripts/e2e/setup.mjs),
// works in .e2e/run/ (HOME, TMPDIR and XDG_* included), writes screenshots to test-results/, and stops every
// process group it started. Exit code 0 only if every check passed.
//   --vsix FILE    test this .vsix instead of packaging the checkout (e.g. a deliberately broken one)
//   --only NAMES   comma-separated passes to run: host,ui,web,nvim,emacs
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CodeServer } from './code-server.mjs';
import { runHostSuite } from './host-suite.mjs';
import { REPO, RESULTS_DIR, log, makeRunDir, seconds, stop, stopAll } from './lib.mjs';
import { setup } from './setup.mjs';

const { values: opts } = parseArgs({
  options: { vsix: { type: 'string' }, only: { type: 'string', default: 'host,ui,web,nvim,emacs' } },
});
const passes = new Set(opts.only.split(','));
const started = Date.now();
const checks = []; // { name, ok, detail }
const record = (name, ok, detail = '') => {
  checks.push({ name, ok, detail });
  log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
};

let server;
try {
  const setupMs = setup();
  log(`setup: ${seconds(setupMs)}`);

  const run = makeRunDir(path.join(REPO, '.e2e', 'run'));
  process.env.TMPDIR = run.env.TMPDIR; // playwright's browser profiles and any temporary file of this process
  mkdirSync(RESULTS_DIR, { recursive: true });
  for (const f of readdirSync(RESULTS_DIR)) {
    if (
      /^(hover|hover-window|hover-editor|suggestions|references|colours|timeline|timeline-click|failed-.*)\.png$/.test(
        f,
      )
    )
      rmSync(path.join(RESULTS_DIR, f));
  }

  let vsix = opts.vsix && path.resolve(opts.vsix);
  if (!vsix) {
    const t0 = Date.now();
    vsix = path.join(run.dir, 'history-notes.vsix');
    const r = spawnSync('npm', ['run', 'package', '--', '--out', vsix], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...run.env, npm_config_update_notifier: 'false', npm_config_logs_dir: path.join(run.dir, 'logs', 'npm') },
    });
    if (r.status !== 0) throw new Error(`npm run package failed:\n${r.stdout}\n${r.stderr}`);
    log(
      `packaged ${path.relative(REPO, vsix)}: ${(statSync(vsix).size / 1024).toFixed(1)} KiB` +
        ` in ${seconds(Date.now() - t0)}`,
    );
  }

  server = new CodeServer(run);
  let t0 = Date.now();
  const desktopPasses = passes.has('host') || passes.has('ui');
  if (desktopPasses) server.installExtension(vsix);
  log(`installed the .vsix into code-server in ${seconds(Date.now() - t0)}`);
  if (desktopPasses)
    await server.start(
      {
        HISTORY_NOTES_E2E_RESULTS: path.join(run.dir, 'logs', 'results.json'),
        HISTORY_NOTES_E2E_EXTENSIONS_DIR: server.extensionsDir,
      },
      { extensionTests: passes.has('host') },
    );

  if (passes.has('host')) {
    t0 = Date.now();
    const { code, results } = await runHostSuite(run, server);
    for (const o of results?.outcomes ?? [])
      record(`vscode: ${o.title}`, o.state === 'passed', o.error?.split('\n')[0]);
    if (!results) record('vscode: extension-host suite', false, `no results (exit ${code}); see .e2e/run/logs/`);
    else if (code !== 0 && results.failed === 0) record('vscode: extension-host exit code', false, String(code));
    log(`extension-host pass: ${seconds(Date.now() - t0)}`);
  }
  if (passes.has('ui')) {
    const { runUiPass } = await import('./ui.mjs');
    t0 = Date.now();
    await runUiPass(run, server, record);
    log(`browser pass: ${seconds(Date.now() - t0)}`);
  }
  await stop(server.child);
  if (passes.has('web')) {
    const { runWebPass } = await import('./web.mjs');
    t0 = Date.now();
    await runWebPass(run, vsix, record);
    log(`web pass: ${seconds(Date.now() - t0)}`);
  }
  if (passes.has('nvim') || passes.has('emacs')) {
    const { runNeovimPass, runEmacsPass } = await import('./editors.mjs');
    t0 = Date.now();
    if (passes.has('nvim')) await runNeovimPass(run, record);
    if (passes.has('emacs')) await runEmacsPass(run, record);
    log(`other editors: ${seconds(Date.now() - t0)}`);
  }
} catch (err) {
  record('e2e run', false, String(err?.stack ?? err));
} finally {
  await stopAll();
}
const passed = checks.filter((c) => c.ok).length;
const failed = checks.length - passed;
log(`whole run: ${seconds(Date.now() - started)}`);
try {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(
    path.join(RESULTS_DIR, 'e2e.json'),
    JSON.stringify({ passed, failed, seconds: (Date.now() - started) / 1000, checks }, null, 2) + '\n',
  );
} catch {}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
