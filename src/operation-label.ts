import { operationSpecs } from '../generated/client.gen.js';

let routeMatchers: { method: string; pattern: RegExp; operationId: string }[] | undefined;

/**
 * The operation a request URL addresses, for errors and log events: `PUT …/cloud-connections/{id}` →
 * `UpdateCloudConnection`. Paths with more literal segments are tried first, so `…/tags` beats `…/{id}`.
 */
export function operationOfRequest(request: Pick<Request, 'method' | 'url'>): string {
  routeMatchers ??= Object.entries(operationSpecs)
    .map(([operationId, spec]) => ({
      method: spec.method,
      templates: spec.path.split('{').length - 1,
      pattern: new RegExp(`${spec.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
      operationId,
    }))
    .sort((a, b) => a.templates - b.templates);
  const { pathname } = new URL(request.url);
  return routeMatchers.find((route) => route.method === request.method && route.pattern.test(pathname))?.operationId ?? `${request.method} ${pathname}`;
}
