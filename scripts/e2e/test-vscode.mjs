// Runner 1 (`npm run test:vscode`): the real-editor suite in desktop VS Code, downloaded by
// @vscode/test-electron. Needs a machine that can reach VS Code's download site; offline, use
// `npm run test:e2e` (code-server), which runs the same suite.
// The extension is loaded from this checkout (extensionDevelopmentPath); run `npm run compile` first.
import { runTests } from '@vscode/test-electron';
import path from 'node:path';
import { buildSuite } from './build-suite.mjs';
import { REPO, log, makeFixtureWorkspace, makeRunDir } from './lib.mjs';

const { dir, env } = makeRunDir(path.join(REPO, '.e2e', 'run-vscode'));
const workspace = makeFixtureWorkspace(path.join(dir, 'workspace'));
const suite = await buildSuite(path.join(dir, 'suite'));
try {
  await runTests({
    version: process.env.HISTORY_NOTES_VSCODE_VERSION ?? 'stable',
    cachePath: path.join(REPO, '.e2e', 'vscode-test'),
    extensionDevelopmentPath: REPO,
    extensionTestsPath: suite,
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir',
      path.join(dir, 'user-data'),
      '--extensions-dir',
      path.join(dir, 'extensions'),
    ],
    extensionTestsEnv: { ...env, HISTORY_NOTES_E2E_RESULTS: path.join(dir, 'logs', 'results.json') },
  });
} catch (err) {
  log(`real-editor suite failed in VS Code: ${err?.message ?? err}`);
  process.exit(1);
}
