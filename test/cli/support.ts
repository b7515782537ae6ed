import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The compiled entry point, as `npm install -g` would run it (test/support/global-setup.ts compiles dist/ first). */
export const bin = path.join(root, 'packages/cli/dist/main.js');

/**
 * The emulator's demo account as its banner exports it: an access key pair (which signs most calls) and the IAM
 * token (`DEMO_TOKEN`), which the operations Huawei only accepts a token for use.
 */
export const DEMO = {
  HUAWEICLOUD_SDK_AK: 'EMULATORDEMOAK000001',
  HUAWEICLOUD_SDK_SK: 'emulator-demo-secret-key-not-for-production',
  HUAWEICLOUD_SDK_DOMAIN_ID: '0123456789abcdef0123456789abcdef',
  CLOUD_CONNECT_TOKEN: 'emulator-demo-token',
};

/** A fresh config directory under .tmp/ (never the real home), for XDG_CONFIG_HOME and HOME. */
export function tempHome(): string {
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  return mkdtempSync(path.join(root, '.tmp', 'cli-test-'));
}

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `cloud-connect` as a child process with only the environment given (plus PATH), so the machine's own
 * credentials or config never leak in.
 */
export function cli(args: string[], env: Record<string, string | undefined> = {}, input?: string): Promise<Result> {
  const home = env.XDG_CONFIG_HOME ?? tempHome();
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { env: { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: home, ...env } as NodeJS.ProcessEnv, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? '');
  });
}

/** Parses stdout as JSON, failing with the process's stderr when it is not. */
export function json<T = Record<string, any>>(result: Result): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.code}):\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
}
