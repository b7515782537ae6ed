import { isTemplate, templateName, type Operation } from './spec.js';

export type RouteResult =
  | { kind: 'found'; operation: Operation; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

interface Route {
  segments: string[];
  byMethod: Map<string, Operation>;
}

/** Literal segments beat templates at the first place two routes differ (`/tags` wins over `/{id}`). */
function compareSpecificity(a: Route, b: Route): number {
  for (let i = 0; i < a.segments.length; i++) {
    const literalA = !isTemplate(a.segments[i] as string);
    const literalB = !isTemplate(b.segments[i] as string);
    if (literalA !== literalB) return literalA ? -1 : 1;
  }
  return 0;
}

/** Matches request paths against the spec's path templates. */
export class Router {
  readonly #routes = new Map<number, Route[]>();

  constructor(operations: readonly Operation[]) {
    const byPath = new Map<string, Route>();
    for (const operation of operations) {
      let route = byPath.get(operation.path);
      if (!route) {
        route = { segments: operation.segments, byMethod: new Map() };
        byPath.set(operation.path, route);
      }
      route.byMethod.set(operation.method, operation);
    }
    for (const route of byPath.values()) {
      const list = this.#routes.get(route.segments.length) ?? [];
      list.push(route);
      this.#routes.set(route.segments.length, list);
    }
    for (const list of this.#routes.values()) list.sort(compareSpecificity);
  }

  /** `decodedSegments` are the request path's segments after percent-decoding, without the leading empty one. */
  match(method: string, decodedSegments: readonly string[]): RouteResult {
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
}
