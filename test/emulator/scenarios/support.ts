import { expect } from 'vitest';
import type { AccountOptions } from '../../../src/emulator/index.js';
import { createCloudConnectClient, type CloudConnectClient } from '../../../src/index.js';
import { fixtures } from '../support/fixtures.js';
import { startTestEmulator, type TestEmulator } from '../support/harness.js';

export const ALICE: AccountOptions = {
  domainId: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  credentials: { accessKey: 'ALICEAK0000000000001', secretKey: 'alice-secret' },
};
export const BOB: AccountOptions = {
  domainId: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
  credentials: { accessKey: 'BOBAK000000000000001', secretKey: 'bob-secret' },
};

/** How long 202 operations stay transitional here: long enough to read the state twice on a busy machine. */
export const DELAY_MS = 300;

export interface Scenario {
  emulator: TestEmulator;
  alice: CloudConnectClient;
  bob: CloudConnectClient;
  make: ReturnType<typeof fixtures>;
  /** Checks every answer the emulator gave matched the spec and none was a 5xx; then stops it. */
  close(): Promise<void>;
}

/** An emulator with two accounts, Alice (who builds) and Bob (who must never see her resources). */
export async function twoAccounts(options: { seed?: 'examples' } = {}): Promise<Scenario> {
  const emulator = await startTestEmulator({ accounts: [ALICE, BOB], asyncDelayMs: DELAY_MS, quotas: { cloud_connection: 100, central_network: 100, site_network: 100 }, ...options });
  const clientOf = (account: AccountOptions) =>
    createCloudConnectClient({ endpoint: emulator.url, domainId: account.domainId, credentials: account.credentials, fetch: emulator.recorder.fetch, retry: false });
  const alice = clientOf(ALICE);
  return {
    emulator,
    alice,
    bob: clientOf(BOB),
    make: fixtures(alice),
    async close() {
      expect(emulator.recorder.problems()).toEqual([]);
      await emulator.close();
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits out a 202 transition. */
export const settle = () => sleep(DELAY_MS + 100);

/** The status and error code a call is refused with, or `ok`. */
export async function refusal(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'ok';
  } catch (error) {
    const { status, errorCode } = error as { status?: number; errorCode?: string };
    return `${status} ${errorCode}`;
  }
}
