/**
 * The shared state layer over HTTP: how a path's ids find a resource (UUID check, parents, accounts) and what the
 * refusals of the shared checks say, word for word (`state.ts`, `checks.ts`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudConnectClient } from '../../src/index.js';
import { fixtures } from './support/fixtures.js';
import { startTestEmulator, type TestEmulator } from './support/harness.js';

let emulator: TestEmulator;
let cc: CloudConnectClient;
let make: ReturnType<typeof fixtures>;

beforeAll(async () => {
  emulator = await startTestEmulator({ asyncDelayMs: 10, quotas: { central_network: 100 } });
  cc = emulator.client();
  make = fixtures(cc);
});

afterAll(async () => {
  expect(emulator.recorder.problems()).toEqual([]);
  await emulator.close();
});

const UNKNOWN = '0f0e0d0c-0b0a-4909-8807-060504030201';

/** The status, code and message of a refused call. */
const refusal = (call: () => Promise<unknown>) =>
  call().then(
    () => 'accepted',
    (error: { status?: number; errorCode?: string; errorMsg?: string }) => `${error.status} ${error.errorCode} ${error.errorMsg}`,
  );

describe('finding a resource by its path', () => {
  it.each<{ given: string; id: string; want: string }>([
    { given: 'an unknown UUID', id: UNKNOWN, want: `404 CC.1404 The cloud connection ${UNKNOWN} does not exist.` },
    { given: 'an unknown UUID in capitals', id: UNKNOWN.toUpperCase(), want: `404 CC.1404 The cloud connection ${UNKNOWN.toUpperCase()} does not exist.` },
  ])('$given', async ({ id, want }) => {
    expect(await refusal(() => cc.showCloudConnection({ id }))).toBe(want);
  });

  it('a known id is found', async () => {
    const made = await make.cloudConnection('cc-found');
    expect((await cc.showCloudConnection({ id: made.id })).cloud_connection.name).toBe('cc-found');
  });

  it.each<{ given: string; id: (network: string) => string; want: (network: string) => string }>([
    { given: 'an unknown parent', id: () => UNKNOWN, want: () => `404 CC.1404 The central network ${UNKNOWN} does not exist.` },
    {
      given: 'a parent id of UUID length that is not one',
      id: () => 'gcn-0000-0000-0000-0000-000000000001',
      want: () => '400 CC.1001 The central_network_id "gcn-0000-0000-0000-0000-000000000001" is not a valid central network id: ids are UUIDs such as 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6.',
    },
  ])('a nested list under $given', async ({ id, want }) => {
    const network = (await make.centralNetwork()).id;
    expect(await refusal(() => cc.listCentralNetworkPolicies({ central_network_id: id(network) }))).toBe(want(network));
  });

  it('an item is found only under its own parent', async () => {
    const [a, b] = [await make.centralNetwork(), await make.centralNetwork()];
    const policy = await make.policy(a.id);
    expect(await refusal(() => cc.applyCentralNetworkPolicy({ central_network_id: b.id, policy_id: policy.id }))).toBe(`404 CC.1404 The central network policy ${policy.id} does not exist.`);
    expect((await cc.listCentralNetworkPolicies({ central_network_id: b.id })).central_network_policies.map((p) => p.id)).not.toContain(policy.id);
    expect((await cc.listCentralNetworkPolicies({ central_network_id: a.id })).central_network_policies.map((p) => p.id)).toContain(policy.id);
  });
});

describe('counters', () => {
  // Its own emulator, started inside the test: the counters are set up when the emulator starts, and code run in a
  // beforeAll hook is credited to no test by the mutation run's per-test coverage.
  it('count the resources that point at a cloud connection, each through its own field', async () => {
    const own = await startTestEmulator();
    try {
      const client = own.client();
      const made = fixtures(client);
      const parent = await made.cloudConnection();
      const other = await made.cloudConnection();
      await made.networkInstance(parent.id);
      await made.networkInstance(parent.id);
      await made.networkInstance(other.id);
      const pkg = await made.bandwidthPackage();
      await client.associateBandwidthPackage({ id: pkg.id, body: { bandwidth_package: { resource_id: parent.id, resource_type: 'cloud_connection' } } });
      const counters = async (id: string) => {
        const { cloud_connection: shown } = await client.showCloudConnection({ id });
        return [shown.network_instance_number, shown.bandwidth_package_number, shown.inter_region_bandwidth_number];
      };
      expect(await counters(parent.id)).toEqual([2, 1, 0]);
      expect(await counters(other.id)).toEqual([1, 0, 0]);
      expect(own.recorder.problems()).toEqual([]);
    } finally {
      await own.close();
    }
  });
});

describe('the shared checks, word for word', () => {
  it('a name in use', async () => {
    await make.cloudConnection('cc-name-taken');
    expect(await refusal(() => cc.createCloudConnection({ body: { cloud_connection: { name: 'cc-name-taken' } } }))).toBe(
      '400 CC.1031 CreateCloudConnection: the name "cc-name-taken" is already used by another cloud connection of the account; choose another.',
    );
  });

  it('a reference to a resource the account does not have', async () => {
    expect(await refusal(() => make.networkInstance(UNKNOWN))).toBe(`400 CC.1001 CreateNetworkInstance: cloud_connection_id ${UNKNOWN} does not name a cloud connection of the account.`);
  });

  it('a reference to a resource the account has', async () => {
    const parent = await make.cloudConnection();
    expect((await make.networkInstance(parent.id)).cloud_connection_id).toBe(parent.id);
    expect((await cc.showCloudConnection({ id: parent.id })).cloud_connection.network_instance_number).toBe(1);
  });
});
