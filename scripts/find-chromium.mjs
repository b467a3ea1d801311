// Finds the Chromium the tests and benchmarks drive: CHROME_PATH, else Debian's.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of a Chromium executable, or undefined when none is installed. */
export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found. Install Debian\'s: `apt-get update && apt-get install -y chromium` ' +
  '(as root), or set CHROME_PATH to a Chromium or Chrome executable.';
