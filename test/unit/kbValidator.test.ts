/**
 * The knowledge base validator that the build compiles ahead of time (server/out/kb-validator.js) says exactly
 * what ajv compiling the schema at run time says, and it is the one the bundled server uses.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { AJV_OPTIONS, schemaHash } from '../../server/src/kb/load';
import { ROOT, SCHEMA } from '../helpers';

const PRECOMPILED = path.join(ROOT, 'server', 'out', 'kb-validator.js');

describe('precompiled knowledge base validator', () => {
  type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null; schemaHash?: string };
  let pre: Validate;
  let live: Validate;

  before(function () {
    if (!fs.existsSync(PRECOMPILED)) this.skip();
    pre = require(PRECOMPILED) as Validate;
    const { default: Ajv } = require('ajv') as typeof import('ajv');
    live = new Ajv(AJV_OPTIONS).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8'))) as Validate;
  });

  it('was compiled from the current schema with the current options (npm run compile)', function () {
    // A schema edited since the last build is no error (the server then compiles it itself): rebuild to check.
    if (pre.schemaHash !== schemaHash(fs.readFileSync(SCHEMA, 'utf8'))) this.skip();
    assert.match(String(pre.schemaHash), /^[0-9a-f]{64}$/);
  });

  it('accepts and rejects what ajv does, with the same errors', () => {
    const kb = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'kb', 'fixture.json'), 'utf8')) as {
      entities: Record<string, unknown>[];
    };
    const good = kb.entities[0];
    const cases: unknown[] = [
      { entities: [good] },
      { entities: [] },
      {},
      { entities: [{ ...good, kind: 'wizard' }] },
      { entities: [{ ...good, id: 42, label: '' }] },
      { entities: [{ ...good, born: { date: 'last year' } }] },
      { entities: [{ ...good, extra: true }] },
      { entities: [{ id: 'x' }] },
    ];
    for (const c of cases) {
      const a = pre(c),
        b = live(c);
      assert.strictEqual(a, b, JSON.stringify(c));
      assert.deepStrictEqual(pre.errors ?? null, live.errors ?? null, JSON.stringify(c));
    }
  });
});
