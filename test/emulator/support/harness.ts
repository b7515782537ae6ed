import type { ValidateFunction } from 'ajv/dist/2020.js';
import { sign } from '../../../src/auth/index.js';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../src/emulator/index.js';
import { createCloudConnectClient, type CloudConnectClient, type Credentials, type OperationId, type OperationTypes } from '../../../src/index.js';
import { createSchemaValidator, loadSpecModel } from '../../support/spec.js';

const spec = loadSpecModel();
export const doc = spec.doc;
export const specOperations = spec.operations;
const schemaValidator = createSchemaValidator(doc, { closed: true });

/** The spec operation a request hit, by the spec model's router. */
const operationFor = (method: string, pathname: string) => spec.router.find(method, pathname);

/** The first named example of a request body, typed as the operation's body argument. */
export function requestExample<Op extends OperationId>(operationId: Op): OperationTypes[Op]['args'] extends { body: infer B } ? B : never {
  const example = spec.operation(operationId).body?.examples.find((e) => e.name === `${operationId}Request`);
  if (!example) throw new Error(`The spec has no ${operationId}Request example`);
  return structuredClone(example.value) as never;
}

/** The success example of an operation's answer. */
export function responseExample(operationId: OperationId): Record<string, unknown> {
  const example = spec.operation(operationId).success.examples.find((e) => e.name === `${operationId}Response`);
  if (!example) throw new Error(`The spec has no ${operationId}Response example`);
  return structuredClone(example.value) as Record<string, unknown>;
}

export interface Exchange {
  method: string;
  url: URL;
  status: number;
  headers: Headers;
  text: string;
}

const ERROR_SCHEMA = { $ref: '#/components/schemas/ErrorResponse' };

/**
 * Wraps fetch so every answer the emulator gives in a test file is kept, then checks each against the spec:
 * the declared schema of its operation and status (objects closed to undeclared members), else the error schema.
 */
export class Recorder {
  readonly exchanges: Exchange[] = [];

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const text = await response.clone().text();
    this.exchanges.push({ method: request.method, url: new URL(request.url), status: response.status, headers: response.headers, text });
    return response;
  };

  /** Operations answered with a 2xx at least once. */
  succeeded(): Set<string> {
    const ids = this.exchanges
      .filter((e) => e.status >= 200 && e.status < 300)
      .map((e) => operationFor(e.method, e.url.pathname)?.operationId)
      .filter((id): id is string => id !== undefined);
    return new Set(ids);
  }

  /** Statuses answered that the operation does not declare, as `OperationId status` (413, 405…). */
  undeclared(): Set<string> {
    const found = new Set<string>();
    for (const e of this.exchanges) {
      const op = operationFor(e.method, e.url.pathname);
      if (op && !op.responses.some((r) => r.status === e.status)) found.add(`${op.operationId} ${e.status}`);
    }
    return found;
  }

  /** Every way a recorded answer breaks the contract; empty when all conform. */
  problems(): string[] {
    const problems: string[] = [];
    for (const e of this.exchanges) {
      if (e.url.pathname === '/docs' || e.url.pathname.startsWith('/docs/')) continue;
      const where = `${e.method} ${e.url.pathname} → ${e.status}`;
      const requestId = e.headers.get('x-request-id');
      if (!requestId) problems.push(`${where}: no X-Request-Id header`);
      if (e.status >= 500) problems.push(`${where}: server error ${e.text}`);
      const op = operationFor(e.method, e.url.pathname);
      const declared = op?.responses.find((r) => r.status === e.status);
      const schema = declared ? declared.schema : e.status >= 400 ? ERROR_SCHEMA : undefined;
      if (!schema) {
        if (e.text !== '') problems.push(`${where}: the spec declares no body, got ${e.text.slice(0, 200)}`);
        continue;
      }
      let body: unknown;
      try {
        body = JSON.parse(e.text);
      } catch {
        problems.push(`${where}: body is not JSON: ${e.text.slice(0, 200)}`);
        continue;
      }
      const validate: ValidateFunction = schemaValidator(schema);
      if (!validate(body)) problems.push(`${where}: ${JSON.stringify(validate.errors?.slice(0, 3))} in ${e.text.slice(0, 300)}`);
      const bodyRequestId = (body as { request_id?: unknown }).request_id;
      if (bodyRequestId !== undefined && bodyRequestId !== requestId) problems.push(`${where}: body request_id ${String(bodyRequestId)} is not the header's ${requestId}`);
    }
    return problems;
  }
}

export interface TestEmulator extends RunningEmulator {
  recorder: Recorder;
  /** The generated client, with AK/SK credentials unless told otherwise, retries off. */
  client(credentials?: Credentials): CloudConnectClient;
  /** Sends one raw request, signed with the emulator's key pair unless `auth` says otherwise. */
  request(method: string, path: string, options?: RawOptions): Promise<{ status: number; headers: Headers; body: any }>;
  /** `/v3/<domain id><rest>` */
  path(rest: string): string;
}

export interface RawOptions {
  body?: string | object | Uint8Array;
  headers?: Record<string, string>;
  /** `aksk` (default), `token`, `none`, or a signing override. */
  auth?: 'aksk' | 'token' | 'none' | { date?: Date; secretKey?: string; accessKey?: string };
}

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const recorder = new Recorder();
  const emulator = await startEmulator({ asyncDelayMs: 100, log: () => {}, docsDir: false, ...options });
  return {
    ...emulator,
    recorder,
    client: (credentials = emulator.credentials) =>
      createCloudConnectClient({ endpoint: emulator.url, domainId: emulator.domainId, credentials, fetch: recorder.fetch, retry: false }),
    path: (rest) => `/v3/${emulator.domainId}${rest}`,
    async request(method, path, { body, headers = {}, auth = 'aksk' } = {}) {
      const url = `${emulator.url}${path}`;
      const payload = body === undefined || typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
      const all = new Headers({ ...(payload !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers });
      if (auth === 'token') all.set('X-Auth-Token', emulator.token);
      else if (auth !== 'none') {
        const override = auth === 'aksk' ? {} : auth;
        const credentials = { accessKey: override.accessKey ?? emulator.credentials.accessKey, secretKey: override.secretKey ?? emulator.credentials.secretKey };
        const signed = await sign({ method, url, headers: all, body: payload ?? null }, { credentials, domainId: emulator.domainId, date: override.date ?? new Date() });
        signed.apply(all);
      }
      const response = await recorder.fetch(url, { method, headers: all, body: payload as BodyInit | undefined });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
    },
  };
}

/** Polls `check` until it stops throwing; for the 202 operations' state changes. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

export const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
