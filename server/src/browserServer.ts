/**
 * The web entry point of the language server: a classic Web Worker script (server/out/browserServer.js, built
 * with platform 'browser', format iife) that the web client starts. The same handlers as on Node
 * (lsp/handlers.ts), over the worker's messages; the knowledge base's pack texts and the schema's validator (ajv's
 * standalone code) are built into the bundle by scripts/build.mjs, and the notes are read through the client
 * (lsp/webHost.ts).
 */
import validate from 'history-notes:kb-validator';
import packs from 'history-notes:bundled-packs';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './lsp/handlers';
import { webHost } from './lsp/webHost';

/** The worker's own scope (the entry point is type-checked with Node's types too, where it is not declared). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

startServer(
  createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)),
  webHost(
    packs.map((p) => ({ path: p.file, text: p.text })),
    validate,
  ),
);
