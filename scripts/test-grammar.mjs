// The grammar snapshot tests (vscode-tmgrammar-test over test/grammar/*.test.md). Markdown's grammar embeds some
// sixty languages for fenced code, which the tests do not load; the tester warns about each of them on every
// run ("grammar not found for …"). Those lines are dropped here, everything else is passed on, exit code too.
import { spawn } from 'node:child_process';

const child = spawn(
  process.execPath,
  [
    'node_modules/vscode-tmgrammar-test/dist/unit.js',
    '--config',
    'test/grammar/package.json',
    'test/grammar/*.test.md',
  ],
  { stdio: ['ignore', 'pipe', 'pipe'] },
);
const quiet = (line) => /^grammar not found for "[^"]*"$/.test(line);
for (const [from, to] of [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
]) {
  let rest = '';
  from.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    for (const line of lines) if (!quiet(line)) to.write(line + '\n');
  });
  from.on('end', () => {
    if (rest && !quiet(rest)) to.write(rest);
  });
}
child.on('close', (code) => {
  process.exitCode = code ?? 1;
});
