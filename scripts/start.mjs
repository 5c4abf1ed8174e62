// npm start: the extension at work on the example notes in a real VS Code.
// Desktop VS Code when `code` is installed; otherwise VS Code served by code-server (installed into .e2e/ from
// the npm registry on first use), with the built extension linked in, and the address printed to open.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { CodeServer } from './e2e/code-server.mjs';
import { log, makeRunDir, stopAll } from './e2e/lib.mjs';
import { ensureTools, REPO } from './e2e/setup.mjs';

const examples = path.join(REPO, 'test', 'fixtures', 'example-notes');
const runDir = path.join(REPO, '.e2e', 'start');
const run = makeRunDir(runDir);
// A copy, so that trying the fixes on the example notes never changes the fixtures.
const workspace = path.join(runDir, 'example-notes');
cpSync(examples, workspace, { recursive: true });

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.argv.includes('--browser')) {
  log(`opening ${workspace} in VS Code with the extension from ${REPO}`);
  spawn('code', ['--new-window', `--extensionDevelopmentPath=${REPO}`, workspace], {
    stdio: 'inherit',
    detached: true,
  }).unref();
} else {
  ensureTools();
  const server = new CodeServer(run);
  // The built extension, linked in as an installed one: the same files the .vsix would hold.
  const ext = path.join(server.extensionsDir, 'history-notes.history-notes-0.1.0');
  mkdirSync(server.extensionsDir, { recursive: true });
  rmSync(ext, { recursive: true, force: true });
  symlinkSync(REPO, ext, 'dir');
  await server.start();
  const url = server.workbenchUrl(workspace);
  process.stdout.write(
    `\nHistory Notes is running in VS Code (code-server).\nOpen ${url}\nin your browser; press Ctrl+C to stop.\n\n`,
  );
  const stopNow = async () => {
    await stopAll();
    process.exit(0);
  };
  process.on('SIGINT', stopNow);
  process.on('SIGTERM', stopNow);
  if (!existsSync(ext)) throw new Error('the extension link is missing');
}
