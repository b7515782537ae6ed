// What each throughput contender does for one request. All send the same PUT with the seed body and read the JSON
// answer, so the only differences are the layers each one adds. Each process loads only what its own contender uses
// (imports inside the cases): start-up stays short and no contender carries another's modules in its heap.
import { pathToFileURL } from 'node:url';
import type { paths } from '../generated/schema.js';
import { nodeEntry } from './child.js';
import { ACCESS_KEY, CONNECTION_ID, DOMAIN_ID, PATH_TEMPLATE, REQUEST_PATH, SECRET_KEY, SEED_BODY } from './fixtures.js';
import { loadOfficialCore } from './official.js';

export const CONTENDERS = {
  client: 'this client (AK/SK signed, default sender: node:http keep-alive)',
  'client-fetch': 'this client, fetch sender (the browser path, global fetch in Node)',
  'client-generic': 'this client, generic cc.PUT (openapi-fetch, src/generic.ts)',
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

type ClientModule = typeof import('../src/index.js');
type GenericModule = typeof import('../src/generic.js');

/**
 * The client as plain JavaScript when the bench names a built package (`BENCH_CLIENT_PACKAGE`, set by index.ts to this
 * run's compile output or packages/client), loaded through its `exports` as Node resolves them; otherwise the
 * TypeScript source through tsx, whose keep-names wrappers add a cost per closure that the published code does not
 * have.
 */
export async function clientModules(): Promise<{ index: ClientModule; generic: GenericModule; source: string }> {
  const packageDir = process.env.BENCH_CLIENT_PACKAGE;
  if (packageDir) {
    const entry = nodeEntry(packageDir, '.');
    const index = (await import(pathToFileURL(entry).href)) as ClientModule;
    const generic = (await import(pathToFileURL(nodeEntry(packageDir, './generic')).href)) as GenericModule;
    return { index, generic, source: entry };
  }
  return { index: await import('../src/index.js'), generic: await import('../src/generic.js'), source: 'src/ through tsx' };
}

async function ourClient(url: string, fetch?: typeof globalThis.fetch) {
  const { createCloudConnectClient } = (await clientModules()).index;
  return createCloudConnectClient({ endpoint: url, domainId: DOMAIN_ID, credentials: { accessKey: ACCESS_KEY, secretKey: SECRET_KEY }, fetch });
}

export async function prepare(contender: Contender, target: Target): Promise<Prepared> {
  const { url } = target;
  switch (contender) {
    case 'client': {
      const cc = await ourClient(url);
      return { call: () => cc.updateCloudConnection({ id: CONNECTION_ID, body: SEED_BODY }) };
    }
    case 'client-fetch': {
      const cc = await ourClient(url, (input, init) => globalThis.fetch(input, init));
      return { call: () => cc.updateCloudConnection({ id: CONNECTION_ID, body: SEED_BODY }) };
    }
    case 'client-generic': {
      const { createGenericClient } = (await clientModules()).generic;
      const generic = createGenericClient({ endpoint: url, domainId: DOMAIN_ID, credentials: { accessKey: ACCESS_KEY, secretKey: SECRET_KEY } });
      return {
        call: async () => {
          // `{domain_id}` comes from the client, as the README shows.
          const { data, response } = await generic.PUT(PATH_TEMPLATE, { params: { path: { id: CONNECTION_ID } as never }, body: SEED_BODY });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return data;
        },
      };
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
      const { createCloudConnectClient } = (await clientModules()).index;
      const cc = createCloudConnectClient({ endpoint: url, domainId: target.domainId, credentials: target.credentials });
      const created = await cc.createCloudConnection({ body: { cloud_connection: { name: 'bench-connection', description: 'created by npm run bench' } } });
      const id = (created as { cloud_connection: { id: string } }).cloud_connection.id;
      return { call: () => cc.updateCloudConnection({ id, body: SEED_BODY }) };
    }
  }
}
