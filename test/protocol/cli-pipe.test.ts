/** The built command line as a shell runs it: a reader that stops early closes the pipe, and that is no error. */
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as path from 'path';

const CLI = path.resolve(__dirname, '..', '..', 'server', 'out', 'cli.js');
const NOTES = path.resolve(__dirname, '..', 'fixtures', 'example-notes');

describe('history-notes CLI in a pipe', () => {
  it('ends quietly when the reader closes the pipe after the first line (`… | head -1`)', async () => {
    const child = spawn(process.execPath, [CLI, 'scan', NOTES], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.strictEqual(err, '');
    assert.strictEqual(code, 0);
  });
});
