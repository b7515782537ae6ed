import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Without these, Chromium tries Google's services at start, which this machine's closed network refuses. */
const QUIET_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const WELL_KNOWN = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function onPath(command: string): string | undefined {
  try {
    return execFileSync('which', [command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** `CHROMIUM` when set (it must exist), else Debian's and Ubuntu's usual places, else whatever `chromium` is on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync, which: (command: string) => string | undefined = onPath): { path?: string; missing?: string } {
  const chosen = env.CHROMIUM;
  if (chosen) {
    return exists(chosen) ? { path: chosen } : { missing: `CHROMIUM is set to ${chosen}, which does not exist: point it at a Chromium binary, or unset it to use ${WELL_KNOWN.join(' or ')}.` };
  }
  const found = WELL_KNOWN.find((file) => exists(file)) ?? which('chromium') ?? which('chromium-browser');
  if (found) return { path: found };
  return {
    missing:
      `Headless Chromium was not found (looked at $CHROMIUM, ${WELL_KNOWN.join(', ')} and \`chromium\` on PATH): ` +
      'install it with `apt-get update && apt-get install -y chromium` (Debian; `.ci/run` does this), or set CHROMIUM to its path.',
  };
}

const located = findChromium();
export const CHROMIUM = located.path;
/** Why the browser tests cannot run, or undefined when Chromium was found. */
export const chromiumMissing = located.missing;

/** The local Chromium, headless; playwright gives it a fresh throwaway profile. */
export function launchChromium(): Promise<Browser> {
  if (chromiumMissing || !CHROMIUM) throw new Error(chromiumMissing);
  return chromium.launch({ executablePath: CHROMIUM, args: QUIET_ARGS });
}
