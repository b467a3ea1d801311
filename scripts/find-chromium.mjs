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

/**
 * The flags every headless Chromium of this project runs with (tests, e2e, benchmarks):
 * no sandbox (root in CI), none of Chromium's own background traffic (there is no network
 * but the registries), no https upgrade of test hosts. `hostRules` is the
 * --host-resolver-rules value, e.g. `MAP * 127.0.0.1:8765, EXCLUDE localhost`.
 */
export function chromiumArgs({ hostRules, ignoreCertificateErrors = false } = {}) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-popup-blocking',
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    ...(ignoreCertificateErrors ? ['--ignore-certificate-errors'] : []),
    ...(hostRules ? [`--host-resolver-rules=${hostRules}`] : []),
  ];
}
