// Bundles the client, the server and the CLI with esbuild: one file each, no node_modules needed at run time.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createHash } from 'crypto';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  // ESM entry points first: jsonc-parser's default (UMD) entry requires its parts at run time, which a bundle cannot.
  mainFields: ['module', 'main'],
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  legalComments: 'none',
};

/**
 * protocol.ts takes its RequestType from vscode-languageserver-protocol, the client's copy; in the server's
 * bundles it comes from vscode-languageserver's own copy instead, so that the server carries one protocol library.
 */
const serverSide = {
  plugins: [
    {
      name: 'one-protocol-library',
      setup(build) {
        build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, (args) =>
          args.importer.endsWith(path.join('server', 'src', 'protocol.ts'))
            ? build.resolve(args.path, {
                kind: args.kind,
                resolveDir: path.resolve('node_modules/vscode-languageserver'),
              })
            : undefined,
        );
      },
    },
  ],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { ...common, ...serverSide, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' },
  {
    ...common,
    ...serverSide,
    entryPoints: ['server/src/workspace/nodeIndexWorker.ts'],
    outfile: 'server/out/index-worker.js',
  },
  {
    ...common,
    ...serverSide,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'server/out/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
];

/**
 * The knowledge base schema compiled ahead of time (ajv's standalone code) into server/out/kb-validator.js, next
 * to the bundles, so that the server validates the knowledge base at start without loading ajv's compiler.
 * The options and the hash must be those of server/src/kb/load.ts (AJV_OPTIONS, schemaHash): the server uses
 * this file only when its hash matches the schema it loads.
 */
async function buildValidator() {
  const options = { allErrors: true, strict: true, strictRequired: false };
  const schemaText = fs.readFileSync('data/schema/kb.schema.json', 'utf8');
  const ajv = new Ajv({ ...options, code: { source: true } });
  const validate = ajv.compile(JSON.parse(schemaText));
  const hash = createHash('sha256').update(JSON.stringify(options)).update('\0').update(schemaText).digest('hex');
  const contents = `${standaloneCode(ajv, validate)}\nmodule.exports.schemaHash = ${JSON.stringify(hash)};\n`;
  await esbuild.build({
    ...common,
    sourcemap: false,
    stdin: { contents, resolveDir: process.cwd(), loader: 'js', sourcefile: 'kb-validator.js' },
    outfile: 'server/out/kb-validator.js',
  });
}

await buildValidator();

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
