// Stops `npm test` early, with the fix, when there is no browser to run the tests in.
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

if (!findChromium()) {
  console.error(process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist. ${HOW_TO_GET_CHROMIUM}` : HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
