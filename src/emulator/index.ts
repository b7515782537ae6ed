import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiHandler } from './api.js';
import { toAccounts, type AccountOptions } from './auth.js';
import { Cors, LOCAL_ORIGINS } from './cors.js';
import { isDocsPath, serveDocs } from './docs.js';
import { loadRules, type Rules } from './backends/index.js';
import { Engine } from './engine.js';
import { ApiError } from './errors.js';
import { Faults, type FaultOptions } from './faults.js';
import { answerOnSocket, ClientGone, newRequestId, onClientError, sendError, splitTarget } from './http.js';
import { deriveModel, type Model } from './model.js';
import { createSpecModel, type OpenApiDocument, type SchemaReader, type SpecModel } from '../spec/index.js';
import { Store } from './store.js';
import { Validators } from './validation.js';

export type { AccountOptions } from './auth.js';
export type { FaultOptions } from './faults.js';
export { LOCAL_ORIGINS } from './cors.js';

export interface EmulatorOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Port to listen on; `0` (the default) picks a free one. */
  port?: number;
  /**
   * JSON file that keeps the state across restarts; in memory only when absent. Written through: a change is
   * answered only once it is on disk. A file that cannot be written stops the start-up.
   */
  dataFile?: string;
  /**
   * The accounts served, each with its domain id, access key pair and IAM token; each sees only its own resources.
   * Default: one account made of `domainId`, `credentials` and `token` (the demo account unless those are given).
   */
  accounts?: AccountOptions[];
  /** The access key pair the emulator accepts; a fixed demo pair by default. Ignored with `accounts`. */
  credentials?: { accessKey: string; secretKey: string; securityToken?: string };
  /** The IAM token the emulator accepts in `X-Auth-Token`. Ignored with `accounts`. */
  token?: string;
  /** The account (domain) id the credentials belong to. Ignored with `accounts`. */
  domainId?: string;
  /**
   * Browser origins allowed to call the emulator (CORS): exact origins, `scheme://host:*` for any port, or `*`.
   * Default: pages served from this machine, `LOCAL_ORIGINS`.
   */
  corsOrigins?: string[];
  /** Failures injected on purpose (throttling, 5xx, latency, access key lockout), to test retry logic. None by default. */
  faults?: FaultOptions;
  /** The bundled OpenAPI document to serve; by default the package's `generated/openapi.json`. */
  specPath?: string;
  /** Folder served at `/docs`; by default the package's `generated/docs` when it exists; `false` serves none. */
  docsDir?: string | false;
  /** How long asynchronous (202) operations stay in their transitional state. Default 1500 ms. */
  asyncDelayMs?: number;
  /** Per-account limits by item key, e.g. `{ cloud_connection: 10 }` (the default), answered with `CC.1033`. */
  quotas?: Record<string, number>;
  /** Largest request body accepted; larger ones get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * What the first account starts with: nothing (the default), or with `'examples'` the resources the spec's Show
   * and List examples describe, under their documented ids, so the docs' samples find what they name. Ignored when
   * `dataFile` already holds state.
   */
  seed?: 'examples';
  /** Receives one line per problem worth knowing (failed writes, internal errors). Default `console.error`. */
  log?: (line: string) => void;
}

export interface RunningEmulator {
  /** Base URL to pass as the client's `endpoint`, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** Where the documentation is served, when there is a docs folder. */
  docsUrl: string | undefined;
  /** The first account's domain id, credentials and token. */
  domainId: string;
  credentials: { accessKey: string; secretKey: string };
  token: string;
  /** Every account served, the first one included. */
  accounts: AccountOptions[];
  /** Stops accepting connections, lets requests in flight finish, writes the data file; resolves when done. */
  close(): Promise<void>;
}

export const DEMO_DOMAIN_ID = '0123456789abcdef0123456789abcdef';
export const DEMO_ACCESS_KEY = 'EMULATORDEMOAK000001';
export const DEMO_SECRET_KEY = 'emulator-demo-secret-key-not-for-production';
export const DEMO_TOKEN = 'emulator-demo-token';

/** The package root: the nearest folder above this module that holds `generated/openapi.json` (src/ and dist/ alike). */
function packageRoot(): string | undefined {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'generated', 'openapi.json'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

interface SpecParts {
  reader: SchemaReader;
  model: Model;
  validators: Validators;
  router: SpecModel['router'];
  rules: Rules;
}

let lastSpec: { text: string; parts: SpecParts } | undefined;

/**
 * What the emulator derives from a spec. Compiling its validators costs a few hundred milliseconds, and tests start
 * many emulators of the same document; none of these parts changes once derived, so emulators of one text share them.
 */
function specParts(text: string): SpecParts {
  if (lastSpec?.text === text) return lastSpec.parts;
  const spec = createSpecModel(JSON.parse(text) as OpenApiDocument);
  // The sections' rules are checked against this spec before anything is served: a misspelt one stops the start-up.
  const rules = loadRules(spec);
  const parts = { reader: spec.schemas, model: deriveModel(spec), validators: new Validators(spec.doc), router: spec.router, rules };
  lastSpec = { text, parts };
  return parts;
}

/** Starts an emulator of the Cloud Connect API described by the bundled spec. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const log = options.log ?? ((line: string) => console.error(line));
  const root = packageRoot();
  const specPath = options.specPath ?? (root === undefined ? undefined : path.join(root, 'generated', 'openapi.json'));
  if (specPath === undefined) throw new Error('Cannot find generated/openapi.json above the emulator module; pass specPath.');
  const docsDir = options.docsDir ?? (root === undefined ? false : path.join(root, 'generated', 'docs'));
  const accountOptions = options.accounts ?? [
    {
      domainId: options.domainId ?? DEMO_DOMAIN_ID,
      credentials: options.credentials ?? { accessKey: DEMO_ACCESS_KEY, secretKey: DEMO_SECRET_KEY },
      token: options.token ?? DEMO_TOKEN,
    },
  ];
  const accounts = toAccounts(accountOptions);
  const cors = new Cors(options.corsOrigins ?? LOCAL_ORIGINS);
  const faults = new Faults(options.faults);
  const { reader, model, validators, router, rules } = specParts(await readFile(specPath, 'utf8'));
  const store = await Store.open({ file: options.dataFile });
  const engine = new Engine(reader, model, validators, store, { asyncDelayMs: options.asyncDelayMs ?? 1500, quotas: options.quotas ?? {}, examples: options.seed === 'examples' }, rules);
  const first = accounts[0] as (typeof accounts)[number];
  if (options.seed === 'examples' && store.collectionKeys().length === 0) {
    engine.seed(first.domainId);
    await store.durable();
  }
  const serveApi = apiHandler({ router, validators, engine, store, accounts, faults, maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024, log });

  let inFlight = 0;
  let closing = false;
  let idleWaiters: (() => void)[] = [];
  const idle = () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve)));

  // Node's own check of the Host header answers a bare 400; the handler below answers it the gateway's way.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    const requestId = newRequestId();
    res.setHeader('X-Request-Id', requestId);
    if (closing) res.setHeader('Connection', 'close');
    inFlight++;
    (async () => {
      cors.decorate(req, res);
      const target = req.url ?? '/';
      if (req.httpVersion === '1.1' && req.headers.host === undefined) {
        throw new ApiError(400, 'APIGW.0201', 'Bad request: an HTTP/1.1 request needs a Host header (RFC 9112 3.2).');
      }
      if (target === '*' && req.method === 'OPTIONS') {
        // RFC 9110 9.3.7: OPTIONS * asks what the server as a whole supports.
        res.writeHead(204, { Allow: 'GET, POST, PUT, DELETE, OPTIONS' });
        res.end();
        return;
      }
      if (Cors.isPreflight(req)) return cors.preflight(req, res);
      const { rawPath, rawQuery } = splitTarget(target);
      if (isDocsPath(rawPath)) return serveDocs(docsDir, req, res, rawPath);
      return serveApi(req, res, requestId, rawPath, rawQuery);
    })()
      .catch((error: unknown) => {
        if (res.headersSent || error instanceof ClientGone) return;
        if (error instanceof ApiError) return sendError(res, requestId, error);
        const message = ((error as Error).stack ?? String(error)).replace(/\n\s*/g, ' | ');
        log(`cloud-connect-emulator: internal error on ${req.method} ${req.url}: ${message}`);
        sendError(res, requestId, new ApiError(500, 'CC.1007', 'Internal error while calling the API.'));
      })
      .finally(() => {
        inFlight--;
        if (inFlight > 0) return;
        for (const resolve of idleWaiters) resolve();
        idleWaiters = [];
      });
  });
  server.headersTimeout = 30_000;
  server.on('clientError', onClientError);
  // Node would answer an `Expect` other than 100-continue with a bare 417; give it the gateway's error shape.
  server.on('checkExpectation', (_req, res: ServerResponse) => {
    const requestId = newRequestId();
    res.setHeader('X-Request-Id', requestId);
    sendError(res, requestId, new ApiError(417, 'APIGW.0201', 'Expectation failed: the only Expect this server meets is 100-continue.'));
  });
  // Without a listener Node drops CONNECT requests silently; the gateway would refuse them, so do that.
  server.on('connect', (_req, socket) => answerOnSocket(socket, 405, 'Method CONNECT is not allowed: this is an API endpoint, not a proxy.', { Allow: 'GET, POST, PUT, DELETE, OPTIONS' }));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await idle();
      server.closeIdleConnections();
      // A client holding a keep-alive connection open must not keep the emulator alive.
      const force = setTimeout(() => server.closeAllConnections(), 2000);
      await stopped;
      clearTimeout(force);
      // A request cut off by the forced close may still be finishing; its change must reach the file too.
      await idle();
      await store.flush();
    })();
    return closed;
  };

  const url = `http://${host}:${address.port}`;
  const docsUrl = docsDir !== false && existsSync(path.join(docsDir, 'index.html')) ? `${url}/docs` : undefined;
  const { domainId, credentials } = first;
  return {
    url,
    docsUrl,
    domainId,
    credentials: { accessKey: credentials.accessKey, secretKey: credentials.secretKey },
    token: first.tokens[0] ?? '',
    accounts: accountOptions.map((account) => structuredClone(account)),
    close,
  };
}
