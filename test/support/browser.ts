import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser suites cannot run here, or false. In CI (`REQUIRE_BROWSER=1`) a missing browser fails. */
export function browserSkipReason(): string | false {
  if (fs.existsSync(chromiumPath)) return false;
  const reason = `Chromium is not installed at ${chromiumPath} (apt-get install chromium)`;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`${reason}; REQUIRE_BROWSER=1 makes the browser suites mandatory`);
  console.warn(`# skipping browser suites: ${reason}`);
  return reason;
}

/** Debian's Chromium, headless, without the background traffic a closed network refuses. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps'],
  });
}
