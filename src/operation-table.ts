/** What the runtime needs to send one operation. */
export interface OperationSpec {
  readonly method: string;
  /** The path template, e.g. `/v3/{domain_id}/ccaas/cloud-connections/{id}`. */
  readonly path: string;
  /** Query parameter names, in the spec's order. */
  readonly query: readonly string[];
  /** The operation takes a JSON body. */
  readonly body: boolean;
}

/** An operation as the client sends it: its spec, the path split at its parameters, and every argument name it takes. */
export interface OperationRoute extends OperationSpec {
  readonly operationId: string;
  /** Literal text at even indexes, parameter names (`domain_id` too) at odd ones. */
  readonly parts: readonly string[];
  /** Path parameters but `domain_id`, query parameters, then `body`: the names a call may pass. */
  readonly accepted: readonly string[];
}

/*
 * The generated table (`operationTable` in generated/client.gen.ts) holds one line per operation, because a
 * string is what a browser bundle ships smallest and parses fastest:
 *
 *   OperationId [METHOD] [+body|-body] /path/{param}[?query&names]
 *
 * The method follows from the operationId's first word (List and Show: GET, Update: PUT, Delete: DELETE, any
 * other: POST) and is written only where it does not; POST and PUT take a JSON body and other methods none, and
 * `+body` / `-body` is written only where the operation's method does not follow that.
 */
const VERB_METHODS: Record<string, string> = { List: 'GET', Show: 'GET', Update: 'PUT', Delete: 'DELETE' };

function verbMethod(operationId: string): string {
  return VERB_METHODS[/^[A-Z][a-z]*/.exec(operationId)?.[0] ?? ''] ?? 'POST';
}

const takesBody = (method: string) => method === 'POST' || method === 'PUT';

/** One line of the table; the generator's side of `parseOperationTable`. */
export function formatOperationLine(operationId: string, spec: OperationSpec): string {
  const words = [operationId];
  if (spec.method !== verbMethod(operationId)) words.push(spec.method);
  if (spec.body !== takesBody(spec.method)) words.push(spec.body ? '+body' : '-body');
  words.push(spec.query.length ? `${spec.path}?${spec.query.join('&')}` : spec.path);
  return words.join(' ');
}

const routes = new Map<string, OperationRoute>();

/** The route one line of the table describes, read when it is first needed and kept. */
export function routeOf(line: string): OperationRoute {
  let route = routes.get(line);
  if (route === undefined) {
    const [operationId = '', ...words] = line.split(' ');
    const [path = '', query] = (words.pop() ?? '').split('?');
    const method = words.find((word) => !word.endsWith('body')) ?? verbMethod(operationId);
    const body = words.includes('+body') || (takesBody(method) && !words.includes('-body'));
    const parts = path.split(/\{([^{}]+)\}/);
    const queryNames = query ? query.split('&') : [];
    route = {
      operationId,
      method,
      path,
      query: queryNames,
      body,
      parts,
      accepted: [...parts.filter((name, i) => i % 2 === 1 && name !== 'domain_id'), ...queryNames, ...(body ? ['body'] : [])],
    };
    routes.set(line, route);
  }
  return route;
}

/** The table's lines: splitting is all it takes to bind methods, each line is read when its operation is first used. */
export function operationLines(table: string): string[] {
  return table.trim().split('\n');
}

/** Every operation's route by operationId. */
export function parseOperationTable(table: string): Record<string, OperationRoute> {
  const all: Record<string, OperationRoute> = {};
  for (const line of operationLines(table)) {
    const route = routeOf(line);
    all[route.operationId] = route;
  }
  return all;
}
