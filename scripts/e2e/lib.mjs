// Shared pieces of the end-to-end runners: the run folder, the fixture workspace, child processes in their
// own process groups (so that nothing outlives a run), and small waiting helpers.
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS_DIR = path.join(REPO, 'test-results');

export function log(msg) {
  process.stderr.write(`[e2e] ${msg}\n`);
}

/** The sample notes: ../shared/notes beside the clone (as in CI), or HISTORY_NOTES_SAMPLE_NOTES. */
export function sampleNotesDir() {
  const candidates = [process.env.HISTORY_NOTES_SAMPLE_NOTES, path.resolve(REPO, '../shared/notes')];
  for (const dir of candidates) {
    if (dir && existsSync(path.join(dir, 'stalin-to-power.md'))) return dir;
  }
  throw new Error(`sample notes not found (looked in ${candidates.filter(Boolean).join(', ')})`);
}

/** Copies the sample notes (*.md, README.md excepted: it describes them) into a fresh folder. */
export function makeFixtureWorkspace(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const src = sampleNotesDir();
  for (const name of readdirSync(src)) {
    if (name.endsWith('.md') && name !== 'README.md') {
      copyFileSync(path.join(src, name), path.join(dir, name));
      chmodSync(path.join(dir, name), 0o644); // the originals may be read-only; the copies are for editing
    }
  }
  return dir;
}

/**
 * A fresh run folder with HOME, TMPDIR and XDG_* inside it, so that nothing a run starts writes elsewhere.
 * Returns { dir, env }.
 */
export function makeRunDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  const sub = (name) => {
    const p = path.join(dir, name);
    mkdirSync(p, { recursive: true });
    return p;
  };
  const env = {
    ...process.env,
    HOME: sub('home'),
    TMPDIR: sub('tmp'),
    XDG_CONFIG_HOME: sub('xdg/config'),
    XDG_DATA_HOME: sub('xdg/data'),
    XDG_CACHE_HOME: sub('xdg/cache'),
    XDG_STATE_HOME: sub('xdg/state'),
    XDG_RUNTIME_DIR: sub('xdg/runtime'),
  };
  sub('logs');
  return { dir, env };
}

const groups = new Set();

/** Spawns a command as the leader of a new process group; `stop(child)` ends the whole group. */
export function spawnGroup(cmd, args, opts) {
  const child = spawn(cmd, args, { ...opts, detached: true });
  groups.add(child);
  child.on('exit', () => {
    // The leader is gone; its group may still have members (the extension host, the server): stop() handles them.
  });
  return child;
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Sends SIGTERM to the child's process group, then SIGKILL to whatever is left after `graceMs`. */
export async function stop(child, graceMs = 3000) {
  if (!child?.pid) return;
  groups.delete(child);
  const pgid = child.pid;
  if (!groupAlive(pgid)) return;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {}
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await delay(50);
  if (groupAlive(pgid)) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {}
    while (groupAlive(pgid)) await delay(20);
  }
}

/** Ends every process group still running (on the way out, error or not). */
export async function stopAll() {
  await Promise.all([...groups].map((c) => stop(c)));
}

function killAllSync() {
  for (const c of groups) {
    try {
      process.kill(-c.pid, 'SIGKILL');
    } catch {}
  }
}
process.on('exit', killAllSync);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    killAllSync();
    process.exit(130);
  });
}

export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves with the first match of `re` in the child's output, or rejects on exit or after timeoutMs. */
export function waitForOutput(child, re, timeoutMs, onLine = () => {}) {
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => done(new Error(`timed out after ${timeoutMs} ms waiting for ${re}`)), timeoutMs);
    const onData = (chunk) => {
      buf += chunk.toString();
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        onLine(line);
        const m = re.exec(line);
        if (m) return done(null, m);
      }
    };
    const onExit = (code) => done(new Error(`process exited (${code}) before printing ${re}`));
    function done(err, m) {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(m);
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', onExit);
  });
}

export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}
