import { afterEach, describe, expect, it } from 'vitest';
import { CloudConnectWaitError, createCloudConnectClient, waitFor, waitForDeletion } from '../../src/index.js';
import { scriptedServer, type Script } from '../support/scripted-server.js';
import { SENDERS } from './support/senders.js';

const DOMAIN = '0123456789abcdef0123456789abcdef';
const CN = '9c8b7a65-4321-4fed-8cba-0987654321fe';
const network = (state: string): Script => ({
  status: 200,
  body: {
    request_id: 'r',
    central_network: { id: CN, name: 'cn', domain_id: DOMAIN, state, created_at: '2024-01-02T03:04:05Z', updated_at: '2024-01-02T03:04:05Z' },
  },
});
const notFound: Script = { status: 404, body: { error_code: 'CC.1404', error_msg: 'Not found.' } };

let close: (() => Promise<void>) | undefined;
afterEach(() => close?.());

describe.each(SENDERS)('over $sender', ({ options: senderOptions }) => {
  async function clientFor(script: Script[]) {
    const server = await scriptedServer(script);
    close = server.close;
    const cc = createCloudConnectClient({ endpoint: server.url, domainId: DOMAIN, credentials: { token: 'tok' }, ...senderOptions });
    return { cc, server };
  }

  describe('waitFor', () => {
    it('polls through CREATING until AVAILABLE and returns the last answer', async () => {
      const { cc, server } = await clientFor([network('CREATING'), network('CREATING'), network('AVAILABLE')]);
      const result = await waitFor(cc, 'ShowCentralNetwork', { central_network_id: CN }, { until: 'AVAILABLE', intervalMs: 5 });
      expect(result.central_network.state).toBe('AVAILABLE');
      expect(server.arrivals.map((a) => a.url)).toEqual(Array(3).fill(`/v3/${DOMAIN}/gcn/central-networks/${CN}`));
    });

    it('throws when the resource reaches FAILED', async () => {
      const { cc } = await clientFor([network('CREATING'), network('FAILED')]);
      const error = (await waitFor(cc, 'ShowCentralNetwork', { central_network_id: CN }, { until: 'AVAILABLE', intervalMs: 5 }).catch((e: unknown) => e)) as CloudConnectWaitError;
      expect(error).toBeInstanceOf(CloudConnectWaitError);
      expect([error.reason, error.lastState, error.message]).toEqual(['failed', 'FAILED', 'ShowCentralNetwork: the resource reached state FAILED while waiting for AVAILABLE.']);
    });

    it('gives up after timeoutMs, naming the state it last saw', async () => {
      const { cc } = await clientFor([network('UPDATING')]);
      const error = (await waitFor(cc, 'ShowCentralNetwork', { central_network_id: CN }, { until: ['AVAILABLE'], intervalMs: 20, timeoutMs: 60 }).catch((e: unknown) => e)) as CloudConnectWaitError;
      expect([error.reason, error.lastState]).toEqual(['timeout', 'UPDATING']);
      expect(error.message).toMatch(/^ShowCentralNetwork: still state UPDATING after 60 ms waiting for AVAILABLE; raise timeoutMs/);
    });

    it('refuses a target state the resource cannot have', async () => {
      const { cc, server } = await clientFor([network('AVAILABLE')]);
      await expect(waitFor(cc, 'ShowCentralNetwork', { central_network_id: CN }, { until: 'ACTIVE' as never })).rejects.toThrow(
        'waitFor ShowCentralNetwork: "ACTIVE" is not a state of this resource; it can be AVAILABLE, UPDATING, FAILED, CREATING, DELETING, DELETED, RESTORING.',
      );
      expect(server.arrivals).toEqual([]);
    });
  });

  describe('waitForDeletion', () => {
    it('polls through DELETING until the resource answers 404', async () => {
      const { cc, server } = await clientFor([network('DELETING'), network('DELETING'), notFound]);
      await expect(waitForDeletion(cc, 'ShowCentralNetwork', { central_network_id: CN }, { intervalMs: 5 })).resolves.toBeUndefined();
      expect(server.arrivals).toHaveLength(3);
    });

    it('passes on any other failure', async () => {
      const { cc } = await clientFor([{ status: 403, body: { error_code: 'APIGW.0302', error_msg: 'Denied.' } }]);
      await expect(waitForDeletion(cc, 'ShowCentralNetwork', { central_network_id: CN }, { intervalMs: 5 })).rejects.toMatchObject({ status: 403, errorCode: 'APIGW.0302' });
    });
  });
});
