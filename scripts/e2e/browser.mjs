// Debian's chromium driven by playwright-core (never a downloaded browser). playwright makes a fresh profile
// under os.tmpdir(), which run.mjs points into the run folder.
import { chromium } from 'playwright-core';
import { CHROMIUM } from './setup.mjs';

export async function launchChromium(run) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: run.env,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
