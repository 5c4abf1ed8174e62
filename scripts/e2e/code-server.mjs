// code-server (VS Code 1.139 served to a browser) run under Node 24 from the tools cache, with every folder
// it writes to inside the run folder.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CODE_SERVER, NODE24 } from './setup.mjs';
import { log, spawnGroup, waitForOutput } from './lib.mjs';

const SETTINGS = {
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'window.commandCenter': false,
};

export class CodeServer {
  /**
   * @param {{ runDir: string, env: NodeJS.ProcessEnv }} run
   * @param {{ name?: string, settings?: object }} options a name keeps this server's folders apart from another's
   *   in the same run; settings are added to the user settings
   */
  constructor(run, { name = '', settings = {} } = {}) {
    this.runDir = run.dir;
    this.name = name;
    this.userDataDir = path.join(run.dir, `user-data${name ? `-${name}` : ''}`);
    this.extensionsDir = path.join(run.dir, `extensions${name ? `-${name}` : ''}`);
    mkdirSync(path.join(this.userDataDir, 'User'), { recursive: true });
    mkdirSync(this.extensionsDir, { recursive: true });
    writeFileSync(
      path.join(this.userDataDir, 'User', 'settings.json'),
      JSON.stringify({ ...SETTINGS, ...settings }, null, 2) + '\n',
    );
    this.env = { ...run.env, PATH: `${path.dirname(NODE24)}:${run.env.PATH}` };
    delete this.env.VSCODE_IPC_HOOK_CLI; // never talk to an editor this script may be running in
    this.child = undefined;
    this.url = undefined;
  }

  args() {
    return ['--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
  }

  installExtension(vsix) {
    const r = spawnSync(NODE24, [CODE_SERVER, ...this.args(), '--install-extension', vsix], {
      env: this.env,
      encoding: 'utf8',
      cwd: this.runDir,
    });
    if (r.status !== 0 || !/was successfully installed/.test(r.stdout + r.stderr)) {
      throw new Error(`code-server --install-extension ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
    }
  }

  /**
   * Starts the server on a free loopback port and resolves with its base URL. With `extensionTests`, the
   * workbench honours the `payload` development options (extensionTestsPath), as in VS Code's own browser
   * integration tests (VS Code's `enable-smoke-test-driver`).
   */
  async start(extraEnv = {}, { extensionTests = false } = {}) {
    const logFile = createWriteStream(
      path.join(this.runDir, 'logs', `code-server${this.name ? `-${this.name}` : ''}.log`),
    );
    const child = spawnGroup(
      NODE24,
      [
        CODE_SERVER,
        ...this.args(),
        '--auth',
        'none',
        '--bind-addr',
        '127.0.0.1:0',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        ...(extensionTests ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      ],
      { env: { ...this.env, ...extraEnv }, cwd: this.runDir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    child.stdout.pipe(logFile, { end: false });
    child.stderr.pipe(logFile, { end: false });
    const m = await waitForOutput(child, /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\/?/, 30000);
    this.url = m[1];
    log(`code-server listening on ${this.url}`);
    return this.url;
  }

  /** The workbench URL for a folder, with an optional `payload` (e.g. extension tests). */
  workbenchUrl(folder, payload) {
    const q = new URLSearchParams({ folder });
    if (payload) q.set('payload', JSON.stringify(payload));
    return `${this.url}/?${q}`;
  }

  /** A vscode-remote URI for a path on this server, as the workbench names files it serves. */
  remoteUri(p) {
    return `vscode-remote://${new URL(this.url).host}${p}`;
  }
}
