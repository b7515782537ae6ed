/**
 * The project's one router: matches request paths against the spec's path templates. It imports nothing, so the
 * browser client can use it for its operation labels without pulling the rest of the spec model in.
 */

/** What the router needs of an operation; the spec model's operations, or the client's operation table, fit. */
export interface RouteTarget {
  /** Upper-case HTTP method. */
  method: string;
  /** Path template, e.g. `/v3/{domain_id}/ccaas/cloud-connections/{id}`. */
  path: string;
}

export type RouteResult<T> =
  | { kind: 'found'; operation: T; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

export const isTemplate = (segment: string): boolean => segment.startsWith('{') && segment.endsWith('}');
export const templateName = (segment: string): string => segment.slice(1, -1);
/** `/a/{b}/c` → `['a', '{b}', 'c']`: the segments after the leading slash. */
export const segmentsOf = (path: string): string[] => path.split('/').slice(1);

interface Route<T> {
  segments: string[];
  byMethod: Map<string, T>;
}

/** Literal segments beat templates at the first place two routes differ (`/tags` wins over `/{id}`). */
function compareSpecificity(a: Route<unknown>, b: Route<unknown>): number {
  for (let i = 0; i < a.segments.length; i++) {
    const literalA = !isTemplate(a.segments[i] as string);
    const literalB = !isTemplate(b.segments[i] as string);
    if (literalA !== literalB) return literalA ? -1 : 1;
  }
  return 0;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export class Router<T extends RouteTarget> {
  readonly #routes = new Map<number, Route<T>[]>();

  constructor(operations: Iterable<T>) {
    const byPath = new Map<string, Route<T>>();
    for (const operation of operations) {
      let route = byPath.get(operation.path);
      if (!route) {
        route = { segments: segmentsOf(operation.path), byMethod: new Map() };
        byPath.set(operation.path, route);
      }
      route.byMethod.set(operation.method.toUpperCase(), operation);
    }
    for (const route of byPath.values()) {
      const list = this.#routes.get(route.segments.length) ?? [];
      list.push(route);
      this.#routes.set(route.segments.length, list);
    }
    for (const list of this.#routes.values()) list.sort(compareSpecificity);
  }

  /** `decodedSegments` are the request path's segments after percent-decoding, without the leading empty one. */
  match(method: string, decodedSegments: readonly string[]): RouteResult<T> {
    const candidates = this.#routes.get(decodedSegments.length) ?? [];
    const allow = new Set<string>();
    for (const route of candidates) {
      const params: Record<string, string> = {};
      const matches = route.segments.every((segment, i) => {
        const actual = decodedSegments[i] as string;
        if (!isTemplate(segment)) return segment === actual;
        params[templateName(segment)] = actual;
        return actual !== '';
      });
      if (!matches) continue;
      const operation = route.byMethod.get(method);
      if (operation) return { kind: 'found', operation, params };
      for (const m of route.byMethod.keys()) allow.add(m);
    }
    return allow.size > 0 ? { kind: 'method-not-allowed', allow: [...allow].sort() } : { kind: 'not-found' };
  }

  /** The operation a request path (percent-encoded, without query) addresses with `method`, if any. */
  find(method: string, pathname: string): T | undefined {
    const result = this.match(method.toUpperCase(), segmentsOf(pathname).map(decodeSegment));
    return result.kind === 'found' ? result.operation : undefined;
  }
}
