import { createCloudConnectClient } from '../../../src/index.js';
import { runClientCase } from './signing-fixture.js';

/** Sends one update through the client's operation method (its fetch sender, signed with Web Crypto) and returns what the gateway saw. */
async function runOperation(origin: string, accessKey: string, secretKey: string, domainId: string, id: string, name: string): Promise<unknown> {
  const cc = createCloudConnectClient({ endpoint: origin, domainId, credentials: { accessKey, secretKey } });
  return cc.updateCloudConnection({ id, body: { cloud_connection: { name } } });
}

// The page's only job: expose the fixture to page.evaluate().
(globalThis as { ccAuth?: unknown }).ccAuth = { runClientCase, runOperation, isSecureContext: globalThis.isSecureContext };
