/** The modules scripts/build.mjs makes for the web server's bundle (browserServer.ts). */

/** Every bundled pack file (data/packs/<pack>/*.json, pack.json included), in name order. */
declare module 'history-notes:bundled-packs' {
  const packs: { file: string; text: string }[];
  export default packs;
}

/** The knowledge base schema's validator, compiled at build time (ajv's standalone code). */
declare module 'history-notes:kb-validator' {
  import type { ValidateFunction } from 'ajv';
  const validate: ValidateFunction;
  export default validate;
}
