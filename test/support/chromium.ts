import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Without these, Chromium tries Google's services at start, which this machine's closed network refuses. */
const QUIET_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export const chromiumMissing = existsSync(CHROMIUM)
  ? undefined
  : `Headless Chromium is missing at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\` (Debian package).`;

/** Debian's Chromium, headless; playwright gives it a fresh throwaway profile. */
export function launchChromium(): Promise<Browser> {
  if (chromiumMissing) throw new Error(chromiumMissing);
  return chromium.launch({ executablePath: CHROMIUM, args: QUIET_ARGS });
}
