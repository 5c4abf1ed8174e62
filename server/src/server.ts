#!/usr/bin/env node
/**
 * The Node entry point of the language server (`node server/out/server.js --stdio`, or over IPC from the desktop
 * client): a connection from vscode-languageserver/node, and the Node host (the disk, a worker thread). The
 * handlers are shared with the web server (lsp/handlers.ts).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer, VERSION } from './lsp/handlers';
import { nodeHost } from './lsp/nodeHost';

if (require.main === module) {
  if (process.argv.includes('--version')) {
    process.stdout.write(`history-notes-ls ${VERSION}\n`);
  } else {
    // The last line of defence: a stray rejected promise is logged, never allowed to end the server.
    process.on('unhandledRejection', (reason) => {
      process.stderr.write(`History Notes: unhandled rejection: ${(reason as Error)?.stack ?? reason}\n`);
    });
    startServer(createConnection(ProposedFeatures.all), nodeHost());
  }
}
