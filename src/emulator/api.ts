import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyRequest, type Account } from './auth.js';
import type { Engine } from './engine.js';
import { ApiError, invalidParameter } from './errors.js';
import { accessKeyOf, type Faults } from './faults.js';
import { decode, isJsonType, parseQuery, readBody, send } from './http.js';
import type { SpecModel, SpecOperation as Operation } from '../spec/index.js';
import type { Store } from './store.js';
import { describeErrors, type Validators } from './validation.js';

export interface ApiParts {
  router: SpecModel['router'];
  validators: Validators;
  engine: Engine;
  store: Store;
  accounts: readonly Account[];
  faults: Faults;
  maxBodyBytes: number;
  log: (line: string) => void;
}

export type ApiHandler = (req: IncomingMessage, res: ServerResponse, requestId: string, rawPath: string, rawQuery: string) => Promise<void>;

/**
 * Serves one API request the way the gateway and the service do, in their order: route, body, authentication,
 * injected faults, parameters, then the operation; the answer to a change waits until the change is on disk.
 */
export function apiHandler({ router, validators, engine, store, accounts, faults, maxBodyBytes, log }: ApiParts): ApiHandler {
  function checkParams(operation: Operation, params: Record<string, string>, rawQuery: Map<string, string[]>): Record<string, unknown> {
    const pathValues: Record<string, unknown> = { ...params };
    const validatePath = validators.params(operation, 'path');
    if (!validatePath(pathValues)) throw invalidParameter(`Invalid path parameter: ${describeErrors(validatePath.errors, 'path')}.`);
    // Undeclared query parameters are ignored, as Huawei's services do.
    const query: Record<string, unknown> = {};
    for (const param of operation.queryParams) {
      const values = rawQuery.get(param.name);
      if (values !== undefined) query[param.name] = values;
    }
    const validateQuery = validators.params(operation, 'query');
    if (!validateQuery(query)) throw invalidParameter(`Invalid query parameter: ${describeErrors(validateQuery.errors, 'query', operation)}.`);
    return query;
  }

  function checkBody(operation: Operation, body: Buffer, contentType: string | undefined): unknown {
    if (!operation.body) return undefined;
    if (body.length === 0) {
      if (operation.body.required) throw invalidParameter('The request body is missing: this operation takes a JSON body.');
      return undefined;
    }
    if (!isJsonType(contentType)) throw invalidParameter(`The request body must be JSON (Content-Type: application/json), not ${contentType}.`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch (error) {
      throw invalidParameter(`The request body is not valid JSON: ${(error as Error).message}.`);
    }
    const validate = validators.body(operation);
    if (!validate(parsed)) throw invalidParameter(`Invalid request body: ${describeErrors(validate.errors, 'body')}.`);
    return parsed;
  }

  return async (req, res, requestId, rawPath, rawQuery) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const segments = rawPath.split('/').slice(1).map((segment) => decode(segment, 'path'));
    const route = router.match(method, segments);
    if (route.kind === 'not-found') throw new ApiError(404, 'APIGW.0101', `The API does not exist: no operation serves ${method} ${rawPath}.`);
    if (route.kind === 'method-not-allowed') {
      throw new ApiError(405, 'APIGW.0201', `Method ${method} is not allowed on ${rawPath}; use ${route.allow.join(', ')}.`, { Allow: route.allow.join(', ') });
    }
    const body = await readBody(req, maxBodyBytes);
    await faults.delay();
    faults.checkLock(accessKeyOf(req.headers.authorization), Date.now());
    const auth = await verifyRequest({ method, url: req.url ?? rawPath, headers: req.headers, body }, accounts, () => new Date());
    faults.recordSignature(auth.accessKey, auth.ok, Date.now());
    if (!auth.ok) throw new ApiError(auth.status, auth.code, auth.message);
    faults.inject();
    const { operation, params } = route;
    if (params.domain_id !== undefined && params.domain_id !== auth.domainId) {
      throw new ApiError(403, 'APIGW.0302', `The domain_id ${params.domain_id} in the path is not the caller's account; use ${auth.domainId}.`);
    }
    const query = checkParams(operation, params, parseQuery(rawQuery));
    const parsed = checkBody(operation, body, req.headers['content-type']);
    // From here to the answer nothing awaits, so this request's read-modify-write cannot interleave with another's.
    const before = store.version;
    const reply = engine.handle({ operation, params, query, body: parsed, domainId: auth.domainId, requestId, now: Date.now() });
    // Acknowledge a change only once it is on disk: a crash after this answer cannot lose it.
    if (store.version !== before) {
      await store.durable().catch((error: unknown) => {
        log(`cloud-connect-emulator: saving the change of ${method} ${rawPath} failed: ${(error as Error).message}`);
        throw new ApiError(500, 'CC.1007', 'Internal error: the change could not be saved to the data file; it may be lost on restart.');
      });
    }
    send(res, reply.status, reply.body);
  };
}
