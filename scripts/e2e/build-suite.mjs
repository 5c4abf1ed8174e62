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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildSuite(path.resolve(process.argv[2] ?? path.join(REPO, '.e2e/suite')));
  console.log(out);
}
