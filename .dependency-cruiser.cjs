/**
 * The layers of the code, checked by `npm run check-layers` (part of `npm test`). Each layer imports only those
 * below it, and nothing imports in a circle:
 *
 *   kb → recogniser → workspace → service → adapters (server.ts, lsp/, cli.ts)
 *
 * protocol.ts (the custom requests) is shared by the server and the client, and imports only kb/types.ts. Node's
 * own modules (fs, path, url, worker_threads, crypto, …) are for the adapters and for the files named in
 * NODE_ONLY: the Node adapters of the workspace (workspace/node*.ts) and the knowledge base's Node loaders
 * (kb/load.ts, kb/bundled.ts). Everything else runs where there is no Node (the web server's Web Worker), and the
 * web build (platform 'browser') fails if an adapter it bundles (browserServer.ts, lsp/ but lsp/nodeHost.ts)
 * imports one.
 */
const SRC = '^server/src/';
const NODE_ONLY = `${SRC}(kb/(load|bundled)\\.ts|workspace/node[A-Z][A-Za-z]*\\.ts)$`;
const ADAPTERS = `${SRC}(server\\.ts|browserServer\\.ts|cli\\.ts|lsp/)`;

/** A layer that may import only from `allowed` (folders below src/, or files), and npm packages. */
function layer(name, from, allowed) {
  return {
    name,
    comment: `${from} imports only from ${allowed.join(', ')} (the layers run one way)`,
    severity: 'error',
    from: { path: `${SRC}${from}` },
    to: { path: SRC, pathNot: `${SRC}(${allowed.join('|')})` },
  };
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that import each other, directly or round a longer loop.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer('kb-imports-only-kb', 'kb/', ['kb/']),
    layer('recogniser-above-kb', 'recogniser/', ['kb/', 'recogniser/']),
    layer('workspace-above-recogniser', 'workspace/', ['kb/', 'recogniser/', 'workspace/']),
    layer('service-above-workspace', 'service/', ['kb/', 'recogniser/', 'workspace/', 'service/', 'protocol\\.ts$']),
    layer('protocol-is-shared', 'protocol\\.ts$', ['kb/types\\.ts$']),
    {
      name: 'client-imports-only-protocol',
      comment: 'The client knows the server only through protocol.ts.',
      severity: 'error',
      from: { path: '^client/src/' },
      to: { path: '^server/', pathNot: `${SRC}protocol\\.ts$` },
    },
    {
      name: 'nothing-imports-adapters',
      comment: 'server.ts, browserServer.ts, lsp/ and cli.ts sit on top: nothing below imports them.',
      severity: 'error',
      from: { path: SRC, pathNot: ADAPTERS },
      to: { path: ADAPTERS },
    },
    {
      name: 'no-node-below-adapters',
      comment: "Node's modules only in the adapters and the Node-only files (NODE_ONLY).",
      severity: 'error',
      from: { path: `${SRC}(kb|recogniser|workspace|service)/|${SRC}protocol\\.ts$`, pathNot: NODE_ONLY },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-runs-without-node',
      comment:
        'The web server (browserServer.ts and lsp/ but nodeHost.ts) and the web client (client/src but extension.ts) ' +
        'run in Web Workers: no Node module, no Node-only file.',
      severity: 'error',
      from: { path: `${SRC}(browserServer\\.ts|lsp/(?!nodeHost\\.ts))|^client/src/(?!extension\\.ts)` },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-server-without-node-files',
      comment: 'The web server uses the Node-only files for their types at most.',
      severity: 'error',
      from: { path: `${SRC}(browserServer\\.ts|lsp/(?!nodeHost\\.ts))` },
      to: { path: NODE_ONLY, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'service-runs-without-node',
      comment: 'The service uses the Node-only files for their types at most; the adapters hand it the rest.',
      severity: 'error',
      from: { path: `${SRC}(recogniser|workspace|service)/`, pathNot: NODE_ONLY },
      to: { path: NODE_ONLY, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
