import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, waitForDeletion, type CloudConnectClient } from '../../src/index.js';
import { fixtures } from './support/fixtures.js';
import { startTestEmulator, type TestEmulator } from './support/harness.js';

let emulator: TestEmulator;
let cc: CloudConnectClient;
let make: ReturnType<typeof fixtures>;
// Long enough that two quick calls both land inside the transition even on a busy machine.
const DELAY = 400;

beforeAll(async () => {
  emulator = await startTestEmulator({ asyncDelayMs: DELAY });
  cc = emulator.client();
  make = fixtures(cc);
});

afterAll(async () => {
  expect(emulator.recorder.problems()).toEqual([]);
  await emulator.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('asynchronous (202) operations move through their states after asyncDelayMs', () => {
  it('a central network is CREATING, then AVAILABLE; DELETING, then gone', async () => {
    const created = await make.centralNetwork();
    const seen: (string | undefined)[] = [created.state, (await cc.showCentralNetwork({ central_network_id: created.id })).central_network.state];
    await sleep(DELAY + 50);
    seen.push((await cc.showCentralNetwork({ central_network_id: created.id })).central_network.state);
    const deleting = await cc.deleteCentralNetwork({ central_network_id: created.id });
    seen.push(deleting.central_network.state, (await cc.listCentralNetworks({ id: [created.id] })).central_networks[0]?.state);
    await sleep(DELAY + 50);
    expect(seen).toEqual(['CREATING', 'CREATING', 'AVAILABLE', 'DELETING', 'DELETING']);
    expect((await cc.listCentralNetworks({ id: [created.id] })).central_networks).toEqual([]);
    await expect(cc.showCentralNetwork({ central_network_id: created.id })).rejects.toMatchObject({ status: 404 });
  });

  it("the client's waiters see the same transitions", async () => {
    const created = await make.siteNetwork();
    const ready = await waitFor(cc, 'ShowSiteNetwork', { site_network_id: created.id }, { until: 'AVAILABLE', intervalMs: 20, timeoutMs: 3000 });
    expect(ready.site_network.state).toBe('AVAILABLE');
    await cc.deleteSiteNetwork({ site_network_id: created.id });
    await waitForDeletion(cc, 'ShowSiteNetwork', { site_network_id: created.id }, { intervalMs: 20, timeoutMs: 3000 });
  });

  it('deleting a central network takes its policies and attachments with it', async () => {
    const network = await make.centralNetwork();
    const policy = await make.policy(network.id);
    await make.gdgwAttachment(network.id);
    await cc.deleteCentralNetwork({ central_network_id: network.id });
    // The network's first policy (from the create request's policy_document) and the one added.
    const versions = (await cc.listCentralNetworkPolicies({ central_network_id: network.id })).central_network_policies.map((p) => [p.version, p.is_applied]);
    expect(versions).toEqual([
      [1, true],
      [policy.version, false],
    ]);
    expect(policy.version).toBe(2);
    await sleep(DELAY + 50);
    await expect(cc.listCentralNetworkPolicies({ central_network_id: network.id })).rejects.toMatchObject({ status: 404 });
  });
});
