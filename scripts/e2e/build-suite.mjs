// Bundles the real-editor suite (test/e2e/index.ts, its tests and mocha) into one CommonJS file that an
// extension host can load with `require`: `vscode` stays external, provided by the host.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Writes OUTDIR/index.js and returns its path. */
export async function buildSuite(outdir) {
  const outfile = path.join(outdir, 'index.js');
  await build({
    entryPoints: [path.join(REPO, 'test/e2e/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'error',
  });
  return outfile;
}

/**
 * The same suite for the browser's web-worker extension host (test/e2e/web/index.ts): built for the browser, with
 * a stand-in for node:assert and the environment the suite reads given at build time (a worker has no process).
 * Writes OUTDIR/index.js and returns its path.
 */
export async function buildWebSuite(outdir, { extensionsDir = '' } = {}) {
  const outfile = path.join(outdir, 'index.js');
  await build({
    entryPoints: [path.join(REPO, 'test/e2e/web/index.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    alias: { 'node:assert/strict': path.join(REPO, 'test/e2e/web/assert.ts') },
    define: {
      'process.env.HISTORY_NOTES_E2E_EXTENSIONS_DIR': JSON.stringify(extensionsDir),
      'process.env.HISTORY_NOTES_E2E_POLL_MS': 'undefined',
    },
    sourcemap: 'inline',
    logLevel: 'error',
  });
  return outfile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildSuite(path.resolve(process.argv[2] ?? path.join(REPO, '.e2e/suite')));
  console.log(out);
}
