// Bundles the client, the server and the CLI with esbuild: one file each, no node_modules needed at run time. The
// web builds (the client and the server in a Web Worker, for vscode.dev, github.dev and code-server's web-worker
// extension host) are built for the browser: a Node module anywhere below them fails the build.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createHash } from 'crypto';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const SCHEMA = 'data/schema/kb.schema.json';

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

/**
 * The web builds. platform 'browser' takes the packages' browser entries and refuses Node's modules: an import of
 * fs, path, worker_threads, url or crypto below browserServer.ts or browserExtension.ts fails the build.
 */
const web = {
  bundle: true,
  platform: 'browser',
  mainFields: ['browser', 'module', 'main'],
  target: 'es2022',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  legalComments: 'none',
};

/** The validator's source: ajv's standalone code for the schema (CommonJS), and the hash it was compiled for. */
function validatorSource() {
  const options = { allErrors: true, strict: true, strictRequired: false };
  const schemaText = fs.readFileSync(SCHEMA, 'utf8');
  const ajv = new Ajv({ ...options, code: { source: true } });
  const validate = ajv.compile(JSON.parse(schemaText));
  const hash = createHash('sha256').update(JSON.stringify(options)).update('\0').update(schemaText).digest('hex');
  return `${standaloneCode(ajv, validate)}\nmodule.exports.schemaHash = ${JSON.stringify(hash)};\n`;
}

/**
 * Every bundled pack file but pack.json, as the Node loader reads them (kb/bundled.ts: packs and files in name
 * order), named by their path in the extension. Whitespace is taken out of the JSON (the web server never shows
 * these files: go to definition opens a fact page), unless a file does not parse: then it goes as it is, and the
 * server reports it as the Node server would.
 */
function packTexts() {
  const packs = path.join('data', 'packs');
  const out = [];
  for (const pack of fs
    .readdirSync(packs, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const dir = path.join(packs, pack);
    for (const name of fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      let compact = text;
      try {
        compact = JSON.stringify(JSON.parse(text.replace(/^\ufeff/, '')));
      } catch {}
      out.push({ file: `data/packs/${pack}/${name}`, text: compact });
    }
  }
  return out;
}

/** The modules that browserServer.ts imports from the build: the pack texts and the validator (bundled.d.ts). */
const bundledModules = {
  name: 'bundled-modules',
  setup(build) {
    build.onResolve({ filter: /^history-notes:(bundled-packs|kb-validator)$/ }, (args) => ({
      path: args.path.slice('history-notes:'.length),
      namespace: 'history-notes',
    }));
    build.onLoad({ filter: /.*/, namespace: 'history-notes' }, (args) =>
      args.path === 'bundled-packs'
        ? { contents: `export default ${JSON.stringify(packTexts())};`, loader: 'js', watchFiles: packFiles() }
        : { contents: validatorSource(), loader: 'js', resolveDir: process.cwd(), watchFiles: [path.resolve(SCHEMA)] },
    );
  },
};

const packFiles = () => packTexts().map((t) => path.resolve(t.file));

const builds = [
  {
    ...web,
    plugins: [...serverSide.plugins, bundledModules],
    entryPoints: ['server/src/browserServer.ts'],
    outfile: 'server/out/browserServer.js',
    format: 'iife',
  },
  {
    ...web,
    entryPoints: ['client/src/browserExtension.ts'],
    outfile: 'client/out/browserExtension.js',
    format: 'cjs',
    external: ['vscode'],
  },
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
  await esbuild.build({
    ...common,
    sourcemap: false,
    stdin: { contents: validatorSource(), resolveDir: process.cwd(), loader: 'js', sourcefile: 'kb-validator.js' },
    outfile: 'server/out/kb-validator.js',
  });
}

/**
 * The bundled packs are validated here, once, when the extension is built: the server trusts them at start and
 * validates only the user's packs (kb/build.ts). A bundled entity the schema refuses fails the build.
 */
function checkBundledPacks() {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
  const bad = [];
  for (const { file, text } of packTexts()) {
    let data;
    try {
      data = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch (e) {
      bad.push(`${file}: not valid JSON: ${e.message}`);
      continue;
    }
    for (const entity of data.entities ?? [])
      if (!validate({ entities: [entity] }))
        for (const e of validate.errors ?? []) bad.push(`${file} [${entity?.id}]: ${e.instancePath} ${e.message}`);
  }
  if (bad.length) {
    console.error(`The bundled packs break the schema (data/schema/kb.schema.json):\n${bad.join('\n')}`);
    if (!watch) process.exit(1);
  }
}

checkBundledPacks();
await buildValidator();

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
