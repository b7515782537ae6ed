/**
 * What the runtime needs to send one operation. Fields that would be empty are left out, and what the path
 * already says (its parameters, whether it holds `{domain_id}`) is not repeated.
 */
export interface OperationSpec {
  readonly method: string;
  readonly path: string;
  /** Query parameter names, in the spec's order. */
  readonly query?: readonly string[];
  /** The operation takes a JSON body. */
  readonly body?: true;
}

/*
 * The generated table (`operationTable` in generated/client.gen.ts) holds one line per operation, because a
 * string is what a browser bundle ships smallest and parses fastest:
 *
 *   OperationId [METHOD] [+body|-body] /path/{param}[?query&names]
 *
 * The method follows from the operationId's first word (List and Show: GET, Update: PUT, Delete: DELETE, any
 * other: POST) and is written only where it does not; POST and PUT take a JSON body and other methods none, and
 * `+body` / `-body` is written only where that does not hold.
 */
const VERB_METHODS: Record<string, string> = { List: 'GET', Show: 'GET', Update: 'PUT', Delete: 'DELETE' };

function ruleOf(operationId: string): { method: string; body: boolean } {
  const method = VERB_METHODS[/^[A-Z][a-z]*/.exec(operationId)?.[0] ?? ''] ?? 'POST';
  return { method, body: method === 'POST' || method === 'PUT' };
}

/** One line of the table; the generator's side of `parseOperationTable`. */
export function formatOperationLine(operationId: string, spec: OperationSpec): string {
  const rule = ruleOf(operationId);
  const words = [operationId];
  if (spec.method !== rule.method) words.push(spec.method);
  if ((spec.body === true) !== rule.body) words.push(spec.body ? '+body' : '-body');
  words.push(spec.query?.length ? `${spec.path}?${spec.query.join('&')}` : spec.path);
  return words.join(' ');
}

let parsed: { table: string; specs: Record<string, OperationSpec> } | undefined;

/** Every operation's spec by operationId, parsed from the table on first use and kept. */
export function parseOperationTable(table: string): Record<string, OperationSpec> {
  if (parsed?.table !== table) {
    const specs: Record<string, OperationSpec> = {};
    for (const line of table.trim().split('\n')) {
      const words = line.split(' ');
      const operationId = words[0] as string;
      const [path, query] = (words.pop() as string).split('?') as [string, string?];
      const rule = ruleOf(operationId);
      const body = words.includes('+body') || (rule.body && !words.includes('-body'));
      specs[operationId] = {
        method: words.find((word) => /^[A-Z]+$/.test(word)) ?? rule.method,
        path,
        ...(query ? { query: query.split('&') } : {}),
        ...(body ? { body: true } : {}),
      };
    }
    parsed = { table, specs };
  }
  return parsed.specs;
}
