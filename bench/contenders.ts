// What each throughput contender does for one request. All send the same PUT with the seed body and read the JSON
// answer, so the only differences are the layers each one adds. Each process loads only what its own contender uses
// (imports inside the cases): start-up stays short and no contender carries another's modules in its heap.
import type { paths } from '../generated/schema.js';
import { ACCESS_KEY, CONNECTION_ID, DOMAIN_ID, PATH_TEMPLATE, REQUEST_PATH, SECRET_KEY, SEED_BODY } from './fixtures.js';
import { loadOfficialCore } from './official.js';

export const CONTENDERS = {
  client: 'this client (AK/SK signed, global fetch)',
  'client-undici-dispatcher': 'this client, global fetch + undici Agent dispatcher',
  'client-undici-fetch': 'this client, undici.fetch + Agent (Request adapter)',
  'openapi-fetch': 'openapi-fetch alone (unsigned)',
  fetch: 'raw fetch (unsigned)',
  http: 'raw node:http + keep-alive Agent (floor)',
  official: 'official core: AKSKSigner + HcClient/axios',
  'emulator-update': 'this client → emulator, UpdateCloudConnection',
} as const;
export type Contender = keyof typeof CONTENDERS;

export interface Target {
  url: string;
  /** Set for the emulator, which issues its own account and keys. */
  domainId?: string;
  credentials?: { accessKey: string; secretKey: string };
}

export interface Prepared {
  call: () => Promise<unknown>;
  close?: () => Promise<void>;
}

const bodyText = JSON.stringify(SEED_BODY);

async function ourClient(url: string, fetch?: typeof globalThis.fetch) {
  const { createCloudConnectClient } = await import('../src/index.js');
  return createCloudConnectClient({ endpoint: url, domainId: DOMAIN_ID, credentials: { accessKey: ACCESS_KEY, secretKey: SECRET_KEY }, fetch });
}

// The same keep-alive window as the server's, so pooled sockets are never dropped between warm-up and measurement.
const keepAliveAgent = async () => new (await import('undici')).Agent({ keepAliveTimeout: 60_000, keepAliveMaxTimeout: 600_000 });

export async function prepare(contender: Contender, target: Target): Promise<Prepared> {
  const { url } = target;
  switch (contender) {
    case 'client': {
      const cc = await ourClient(url);
      return { call: () => cc.updateCloudConnection({ id: CONNECTION_ID, body: SEED_BODY }) };
    }
    case 'client-undici-dispatcher': {
      // Node's global fetch honours undici's `dispatcher` init option, so no Request conversion is needed.
      const dispatcher = await keepAliveAgent();
      const cc = await ourClient(url, (input, init) => globalThis.fetch(input, { ...init, dispatcher } as RequestInit));
      return { call: () => cc.updateCloudConnection({ id: CONNECTION_ID, body: SEED_BODY }), close: () => dispatcher.close() };
    }
    case 'client-undici-fetch': {
      // The package's fetch rejects the global Request class the transport passes ("Failed to parse URL from
      // [object Request]"), so the request is handed over as URL + init, the body from SignableRequest's memory.
      const dispatcher = await keepAliveAgent();
      const { fetch: undiciFetch } = await import('undici');
      const { SignableRequest } = await import('../src/auth/index.js');
      const adapter = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
        const request = input as Request;
        const body = SignableRequest.bodyOf(request) ?? (request.body === null ? undefined : await request.arrayBuffer());
        const response = await undiciFetch(request.url, { method: request.method, headers: [...request.headers], body, signal: init?.signal, dispatcher });
        return response as unknown as Response;
      };
      const cc = await ourClient(url, adapter);
      return { call: () => cc.updateCloudConnection({ id: CONNECTION_ID, body: SEED_BODY }), close: () => dispatcher.close() };
    }
    case 'openapi-fetch': {
      const { default: createClient } = await import('openapi-fetch');
      const client = createClient<paths>({ baseUrl: url });
      return {
        call: async () => {
          const { data, response } = await client.PUT(PATH_TEMPLATE, { params: { path: { domain_id: DOMAIN_ID, id: CONNECTION_ID } }, body: SEED_BODY });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return data;
        },
      };
    }
    case 'fetch':
      return {
        call: async () => {
          const response = await fetch(`${url}${REQUEST_PATH}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: bodyText });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return response.json();
        },
      };
    case 'http': {
      const { default: http } = await import('node:http');
      const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
      const call = () =>
        new Promise<unknown>((resolve, reject) => {
          const request = http.request(
            `${url}${REQUEST_PATH}`,
            { method: 'PUT', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(bodyText) } },
            (response) => {
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('error', reject);
              response.on('end', () => {
                if (response.statusCode !== 200) return reject(new Error(`HTTP ${response.statusCode}`));
                try {
                  resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
                } catch (error) {
                  reject(error);
                }
              });
            },
          );
          request.on('error', reject);
          request.end(bodyText);
        });
      return { call, close: async () => agent.destroy() };
    }
    case 'official': {
      const core = loadOfficialCore();
      const credentials = new core.GlobalCredentials({ ak: ACCESS_KEY, sk: SECRET_KEY, domainId: DOMAIN_ID });
      const hc = new core.HcClient(new core.DefaultHttpClient({}, [url]), {}).withCredential(credentials).withEndpoints([url]);
      // The options the generated CcClient.updateCloudConnection builds; fresh per call because HcClient mutates them.
      return {
        call: () =>
          hc.sendRequest({
            method: 'PUT',
            url: PATH_TEMPLATE,
            contentType: 'application/json;charset=UTF-8',
            queryParams: {},
            pathParams: { id: CONNECTION_ID },
            headers: {},
            data: SEED_BODY,
          }),
      };
    }
    case 'emulator-update': {
      // The same call as every other contender, on a resource the emulator really holds.
      if (target.domainId === undefined || target.credentials === undefined) throw new Error('emulator-update needs the emulator account');
      const { createCloudConnectClient } = await import('../src/index.js');
      const cc = createCloudConnectClient({ endpoint: url, domainId: target.domainId, credentials: target.credentials });
      const created = await cc.createCloudConnection({ body: { cloud_connection: { name: 'bench-connection', description: 'created by npm run bench' } } });
      const id = (created as { cloud_connection: { id: string } }).cloud_connection.id;
      return { call: () => cc.updateCloudConnection({ id, body: SEED_BODY }) };
    }
  }
}
