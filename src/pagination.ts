import { paginationSpecs, type CloudConnectOperations, type OperationId, type OperationTypes } from '../generated/client.gen.js';

type Specs = typeof paginationSpecs;

/** Operations whose answer holds a list that `paginate()` can walk. */
export type PaginatedOperationId = keyof Specs & OperationId;

type ItemsKeyOf<Op extends PaginatedOperationId> = Specs[Op] extends { itemsKey: infer Key } ? Key : never;
type ResultOf<Op extends OperationId> = OperationTypes[Op]['result'];

/** One page: the operation's whole answer. */
export type PageOf<Op extends PaginatedOperationId> = ResultOf<Op>;
/** One item of the operation's list. */
export type ItemOf<Op extends PaginatedOperationId> = NonNullable<ResultOf<Op>[ItemsKeyOf<Op> & keyof ResultOf<Op>]> extends readonly (infer Item)[] ? Item : never;
/** The operation's arguments without the paging cursor, which the paginator moves itself. */
export type PaginateArgs<Op extends PaginatedOperationId> = Omit<OperationTypes[Op]['args'], 'marker' | 'offset'>;

export interface Paginator<Item, Page> extends AsyncIterable<Item> {
  /** Whole pages (each the operation's full answer), for callers that need `page_info` or per-page work. */
  pages(): AsyncIterable<Page>;
}

type Call = (args: Record<string, unknown>) => Promise<unknown>;

/** The client's method for an operation: its operationId with a lower-case first letter. */
export function methodOf(client: CloudConnectOperations, operationId: string): (args: object, options?: { signal?: AbortSignal }) => Promise<unknown> {
  const name = operationId.charAt(0).toLowerCase() + operationId.slice(1);
  const method = (client as unknown as Record<string, unknown>)[name];
  if (typeof method !== 'function') throw new TypeError(`${operationId}: the first argument must be a client from createCloudConnectClient.`);
  return method as (args: object, options?: { signal?: AbortSignal }) => Promise<unknown>;
}

async function* walk(operationId: PaginatedOperationId, call: Call, args: Record<string, unknown>): AsyncGenerator<Record<string, unknown>> {
  const { style, itemsKey } = paginationSpecs[operationId] as { style: string; itemsKey: string };
  if (style === 'single') {
    yield (await call(args)) as Record<string, unknown>;
    return;
  }
  const seen = new Set<string>();
  let offset = 0;
  let cursor: Record<string, unknown> = {};
  for (;;) {
    const page = (await call({ ...args, ...cursor })) as Record<string, unknown>;
    yield page;
    const items = (page[itemsKey] as unknown[] | undefined) ?? [];
    if (items.length === 0) return;
    if (style === 'marker') {
      const next = (page.page_info as { next_marker?: string } | undefined)?.next_marker;
      // A marker seen before would loop forever; the service should never send one, so stop rather than spin.
      if (!next || seen.has(next)) return;
      seen.add(next);
      cursor = { marker: next };
    } else {
      offset += items.length;
      const total = page.total_count;
      if ((typeof total === 'number' && offset >= total) || (typeof args.limit === 'number' && items.length < args.limit)) return;
      cursor = { offset };
    }
  }
}

/**
 * Every item of a list operation, across pages, following `page_info.next_marker` or advancing `offset`:
 * `for await (const c of paginate(cc, 'ListCloudConnections', { status: ['ACTIVE'] }))`. `.pages()` yields whole answers.
 */
export function paginate<Op extends PaginatedOperationId>(client: CloudConnectOperations, operationId: Op, args?: PaginateArgs<Op>): Paginator<ItemOf<Op>, PageOf<Op>> {
  const spec = (paginationSpecs as Record<string, { itemsKey: string } | undefined>)[operationId];
  if (!spec) throw new TypeError(`paginate: ${String(operationId)} does not return a list; use one of the List… operations.`);
  const method = methodOf(client, operationId);
  const call: Call = (a) => method.call(client, a);
  const { itemsKey } = spec;
  const start = { ...(args as Record<string, unknown> | undefined) };
  return {
    pages: () => walk(operationId, call, start) as AsyncIterable<PageOf<Op>>,
    async *[Symbol.asyncIterator]() {
      for await (const page of walk(operationId, call, start)) yield* ((page[itemsKey] as ItemOf<Op>[] | undefined) ?? []);
    },
  };
}
