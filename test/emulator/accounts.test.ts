import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAccount, serviceOptions } from '../../src/emulator/flags.js';
import { DEMO_ACCESS_KEY, DEMO_DOMAIN_ID, DEMO_TOKEN, startEmulator, type AccountOptions } from '../../src/emulator/index.js';
import { createCloudConnectClient, type CloudConnectClient } from '../../src/index.js';
import { fixtures } from './support/fixtures.js';
import { startTestEmulator, type TestEmulator } from './support/harness.js';

const ALICE: AccountOptions = {
  domainId: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  credentials: { accessKey: 'ALICEAK0000000000001', secretKey: 'alice-secret' },
  token: 'alice-token',
};
const BOB: AccountOptions = {
  domainId: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
  credentials: { accessKey: 'BOBAK000000000000001', secretKey: 'bob-secret' },
  token: 'bob-token',
};

let emulator: TestEmulator;
let alice: CloudConnectClient;
let bob: CloudConnectClient;

beforeAll(async () => {
  emulator = await startTestEmulator({ accounts: [ALICE, BOB], quotas: { cloud_connection: 1 } });
  const clientOf = (account: AccountOptions) =>
    createCloudConnectClient({ endpoint: emulator.url, domainId: account.domainId, credentials: account.credentials, fetch: emulator.recorder.fetch, retry: false });
  alice = clientOf(ALICE);
  bob = clientOf(BOB);
});

afterAll(async () => {
  expect(emulator.recorder.problems()).toEqual([]);
  await emulator.close();
});

describe('several accounts, each on its own', () => {
  it('reports every account, the first one as the default', () => {
    expect([emulator.domainId, emulator.credentials.accessKey, emulator.token, emulator.accounts.map((a) => a.domainId)]).toEqual([
      ALICE.domainId,
      ALICE.credentials.accessKey,
      'alice-token',
      [ALICE.domainId, BOB.domainId],
    ]);
  });

  it('never shows one account the resources of another: lists leave them out, ids are 404', async () => {
    const connection = await fixtures(alice).cloudConnection('cc-alice');
    const gcb = await fixtures(alice).globalConnectionBandwidth('gcb-alice');
    expect((await bob.listCloudConnections()).cloud_connections).toEqual([]);
    expect((await bob.listGlobalConnectionBandwidths()).globalconnection_bandwidths ?? []).toEqual([]);
    const attempts: [string, () => Promise<unknown>][] = [
      ['show', () => bob.showCloudConnection({ id: connection.id })],
      ['update', () => bob.updateCloudConnection({ id: connection.id, body: { cloud_connection: { name: 'taken-over' } } })],
      ['tag', () => bob.tagCloudConnection({ id: connection.id, body: { tags: [{ key: 'owner', value: 'bob' }] } })],
      ['delete', () => bob.deleteCloudConnection({ id: connection.id })],
      ['show a global connection bandwidth', () => bob.showGlobalConnectionBandwidth({ id: gcb.id })],
    ];
    for (const [what, attempt] of attempts) {
      await expect(attempt(), what).rejects.toMatchObject({ status: 404, errorCode: 'CC.1404' });
    }
    // Nothing Bob tried changed Alice's resource.
    const kept = (await alice.showCloudConnection({ id: connection.id })).cloud_connection;
    expect([kept.name, kept.tags]).toEqual(['cc-alice', []]);
  });

  it('keeps names and quotas per account', async () => {
    // Alice used her one cloud connection above; Bob still has his, even under the same name.
    await expect(fixtures(alice).cloudConnection('cc-second')).rejects.toMatchObject({ status: 400, errorCode: 'CC.1033' });
    expect((await fixtures(bob).cloudConnection('cc-alice')).name).toBe('cc-alice');
  });

  const table: { given: string; path: () => string; auth: 'aksk' | 'token'; headers?: Record<string, string>; status: number; code?: string }[] = [
    { given: "Alice's key on Alice's path", path: () => `/v3/${ALICE.domainId}/ccaas/cloud-connections`, auth: 'aksk', status: 200 },
    { given: "Alice's key on Bob's path", path: () => `/v3/${BOB.domainId}/ccaas/cloud-connections`, auth: 'aksk', status: 403, code: 'APIGW.0302' },
    { given: "Alice's token on Bob's path", path: () => `/v3/${BOB.domainId}/ccaas/cloud-connections`, auth: 'token', status: 403, code: 'APIGW.0302' },
    { given: "Alice's token claiming Bob's X-Domain-Id", path: () => `/v3/${ALICE.domainId}/ccaas/cloud-connections`, auth: 'token', headers: { 'X-Domain-Id': BOB.domainId }, status: 403, code: 'APIGW.0302' },
  ];

  it.each(table)('$given → $status', async ({ path, auth, headers, status, code }) => {
    const answer = await emulator.request('GET', path(), { auth, headers });
    expect(answer.status).toBe(status);
    if (code) expect(answer.body.error_code).toBe(code);
  });

  it("accepts each account's own token, and Bob's key and token on Bob's path", async () => {
    const base = { endpoint: emulator.url, fetch: emulator.recorder.fetch, retry: false } as const;
    const bobByToken = createCloudConnectClient({ ...base, domainId: BOB.domainId, credentials: { token: 'bob-token' } });
    const aliceByToken = createCloudConnectClient({ ...base, domainId: ALICE.domainId, credentials: { token: 'alice-token' } });
    expect((await bobByToken.listCloudConnections()).cloud_connections.map((c) => c.name)).toEqual(['cc-alice']);
    expect((await aliceByToken.listCloudConnections()).cloud_connections.map((c) => c.name)).toEqual(['cc-alice']);
    const bobsOwn = await emulator.recorder.fetch(`${emulator.url}/v3/${BOB.domainId}/ccaas/cloud-connections`, { headers: { 'X-Auth-Token': 'bob-token' } });
    expect(bobsOwn.status).toBe(200);
  });
});

describe('account options', () => {
  it('serves the demo account when none is given', async () => {
    const demo = await startEmulator({ docsDir: false, log: () => {} });
    try {
      expect([demo.domainId, demo.credentials.accessKey, demo.token, demo.accounts.length]).toEqual([DEMO_DOMAIN_ID, DEMO_ACCESS_KEY, DEMO_TOKEN, 1]);
    } finally {
      await demo.close();
    }
  });

  it('seeds the examples into the first account only', async () => {
    const seeded = await startEmulator({ docsDir: false, log: () => {}, accounts: [ALICE, BOB], seed: 'examples' });
    try {
      const count = async (account: AccountOptions) => {
        const answer = await fetch(`${seeded.url}/v3/${account.domainId}/ccaas/cloud-connections`, { headers: { 'X-Auth-Token': account.token as string } });
        return ((await answer.json()) as { cloud_connections: unknown[] }).cloud_connections.length;
      };
      expect([(await count(ALICE)) > 0, await count(BOB)]).toEqual([true, 0]);
    } finally {
      await seeded.close();
    }
  });

  it.each([
    { given: 'no account', accounts: [], error: /accounts option is empty/ },
    { given: 'two accounts with one access key', accounts: [ALICE, { ...BOB, credentials: ALICE.credentials }], error: /share one access key/ },
    { given: 'two accounts with one domain id', accounts: [ALICE, { ...BOB, domainId: ALICE.domainId }], error: /share one domain id/ },
    { given: 'two accounts with one token', accounts: [ALICE, { ...BOB, token: 'alice-token' }], error: /share one token/ },
    { given: 'an empty secret key', accounts: [{ ...ALICE, credentials: { accessKey: 'AK', secretKey: '' } }], error: /empty secret key/ },
  ])('refuses $given', async ({ accounts, error }) => {
    await expect(startEmulator({ docsDir: false, accounts })).rejects.toThrow(error);
  });

  it('never puts a secret in an error message', async () => {
    const error = await startEmulator({ docsDir: false, accounts: [ALICE, { ...BOB, credentials: ALICE.credentials }] }).catch((e: Error) => e);
    expect(String(error)).not.toContain('alice-secret');
  });

  it.each([
    { flag: 'd1:AK1:SK1', want: { domainId: 'd1', credentials: { accessKey: 'AK1', secretKey: 'SK1' } } },
    { flag: 'd1:AK1:SK1:tok', want: { domainId: 'd1', credentials: { accessKey: 'AK1', secretKey: 'SK1' }, token: 'tok' } },
    { flag: 'd1:AK1:SK1:tok:with:colons', want: { domainId: 'd1', credentials: { accessKey: 'AK1', secretKey: 'SK1' }, token: 'tok:with:colons' } },
  ])('reads --account $flag', ({ flag, want }) => {
    expect(parseAccount(flag)).toEqual(want);
  });

  it.each(['d1', 'd1:AK1', 'd1::SK1', ':AK1:SK1'])('refuses --account %s without echoing it', (flag) => {
    expect(() => parseAccount(flag)).toThrow('--account takes <domain_id>:<access_key>:<secret_key>[:<token>], with all of the first three set.');
  });

  it('turns repeated --account flags into the accounts option', () => {
    expect(serviceOptions({ account: ['d1:AK1:SK1', 'd2:AK2:SK2:t2'] }).accounts?.map((a) => a.domainId)).toEqual(['d1', 'd2']);
    expect(serviceOptions({})).toEqual({});
  });
});
