import { operationTable } from '../generated/client.gen.js';
import { parseOperationTable } from './operation-table.js';
import { Router } from './spec/router.js';

interface LabelledRoute {
  method: string;
  path: string;
  operationId: string;
}

let router: Router<LabelledRoute> | undefined;

/**
 * The operation a request URL addresses, for the generic methods' errors and log events:
 * `PUT …/cloud-connections/{id}` → `UpdateCloudConnection`, through the spec model's one router (literal segments
 * beat templates, so `…/tags` wins over `…/{id}`).
 */
export function operationOfRequest(request: Pick<Request, 'method' | 'url'>): string {
  router ??= new Router(Object.entries(parseOperationTable(operationTable)).map(([operationId, spec]) => ({ method: spec.method, path: spec.path, operationId })));
  const { pathname } = new URL(request.url);
  // An endpoint may carry a base path (a proxy's prefix); every API path starts at `/v3/`.
  const start = pathname.indexOf('/v3/');
  return router.find(request.method, start > 0 ? pathname.slice(start) : pathname)?.operationId ?? `${request.method} ${pathname}`;
}
