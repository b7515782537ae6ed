import { afterEach, describe, expect, it } from 'vitest';
import { buildViewModel } from '../../generator/steps/model.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { createCloudConnectClient, paginate, type CloudConnectClient, type PaginatedOperationId } from '../../src/index.js';
import { doc, Recorder } from './support/harness.js';

const operations = buildViewModel(doc).operations;
const ASYNC_DELAY_MS = 60;

let emulator: RunningEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

/** A fresh emulator holding the resources the spec's examples describe, and a signed client for it. */
async function seeded(): Promise<{ cc: CloudConnectClient; recorder: Recorder }> {
  emulator = await startEmulator({ seed: 'examples', asyncDelayMs: ASYNC_DELAY_MS, docsDir: false });
  const recorder = new Recorder();
  const cc = createCloudConnectClient({ endpoint: emulator.url, domainId: emulator.domainId, credentials: emulator.credentials, fetch: recorder.fetch });
  return { cc, recorder };
}

/** Calls an operation through its client method, named by the view model as the generated interface names it. */
const call = (cc: CloudConnectClient, methodName: string, args: object) =>
  (cc as unknown as Record<string, (args: object) => Promise<Record<string, unknown> | undefined>>)[methodName]!(args);

/**
 * The seed holds one item for these lists, so the test creates a second through the API (the create's example
 * body under another name) before walking them. Filters (`...ByTags`, `ListGcbResourceByTag`) match the copy too:
 * it keeps the example's tags, and its name still contains the example's.
 */
const SECOND_ITEM_BY: Record<string, string> = {
  ListAuthorisations: 'CreateAuthorisation',
  ListCentralNetworkErRouteTableAttachments: 'CreateCentralNetworkErRouteTableAttachment',
  ListCentralNetworkGdgwAttachments: 'CreateCentralNetworkGdgwAttachment',
  ListCentralNetworks: 'CreateCentralNetwork',
  ListCentralNetworksByTags: 'CreateCentralNetwork',
  ListGcbResourceByTag: 'CreateGlobalConnectionBandwidth',
  ListGlobalConnectionBandwidths: 'CreateGlobalConnectionBandwidth',
  ListInterRegionBandwidths: 'CreateInterRegionBandwidth',
  ListSiteNetworks: 'CreateP2PSiteNetwork',
};

/**
 * Read-only catalogues answer the spec's List example, which holds one item for these, and no request can add one:
 * their walk stops at the first page here. Marker and offset walks are covered by pagination.test.ts.
 */
const ONE_ITEM_CATALOGUES = [
  'ListAreaBandwidthPackageSpecifications',
  'ListBandwidthPackageLevels',
  'ListBandwidthPackageLines',
  'ListBandwidthPackageSites',
  'ListGlobalConnectionBandwidthLineLevels',
  'ListGlobalConnectionBandwidthSites',
  'ListGlobalConnectionBandwidthSpecCodes',
  'ListPermissions',
  'ListRegionBandwidthPackageSpecifications',
  'ListSupportBindingConnectionBandwidths',
];

/** The example body of a create, its resource renamed so the unique-name rule lets it in beside the seeded one. */
function renamed(body: unknown): unknown {
  const copy = structuredClone(body) as Record<string, Record<string, unknown>>;
  const inner = Object.values(copy)[0]!;
  if (typeof inner.name === 'string') inner.name = `${inner.name}-second`;
  return copy;
}

describe('paginate() over every list operation of the spec, against the emulator', () => {
  const lists = operations.filter((op) => op.pagination);
  it('covers every operation whose answer holds a list', () => {
    expect(lists.length).toBeGreaterThan(40);
  });

  it.each(lists.map((op) => [op.operationId, op] as const))('%s', async (operationId, op) => {
    const { cc, recorder } = await seeded();
    const create = operations.find((candidate) => candidate.operationId === SECOND_ITEM_BY[operationId]);
    if (create) {
      await call(cc, create.methodName, { ...create.sample.argsValue, body: renamed(create.sample.argsValue.body) });
      // Past any 202 transition, so the unpaged call and the walk see the same states.
      await new Promise((resolve) => setTimeout(resolve, ASYNC_DELAY_MS * 3));
    }
    const { body: _body, ...args } = op.sample.argsValue;
    const firstPage = await call(cc, op.methodName, op.sample.argsValue);
    const expected = (firstPage?.[op.pagination!.itemsKey] as unknown[] | undefined) ?? [];
    const pageSize = op.pagination!.style === 'single' ? {} : { limit: 1 };
    const pages: Record<string, unknown>[] = [];
    const paginator = paginate(cc, operationId as PaginatedOperationId, { ...args, ...pageSize, ...(_body === undefined ? {} : { body: _body }) } as never);
    for await (const page of paginator.pages()) pages.push(page as Record<string, unknown>);
    const itemsOf = (page: Record<string, unknown>) => (page[op.pagination!.itemsKey] as unknown[] | undefined) ?? [];
    // With one item per page the walk must still meet every item the unpaged first call returned, in order.
    expect(pages.flatMap(itemsOf)).toEqual(expected);
    if (op.pagination!.style !== 'single') {
      // One item on each page: N items take N pages, N - 1 of them reached by following the marker or offset.
      expect(pages.slice(0, expected.length).map((page) => itemsOf(page).length)).toEqual(expected.map(() => 1));
      expect(pages.length).toBeGreaterThanOrEqual(expected.length);
      if (ONE_ITEM_CATALOGUES.includes(operationId)) expect(expected, `${operationId}'s example now holds more items: take it off ONE_ITEM_CATALOGUES`).toHaveLength(1);
      else expect(expected.length, `${operationId} walks at least two pages`).toBeGreaterThanOrEqual(2);
    }
    expect(recorder.problems()).toEqual([]);
  });
});

describe('every asynchronous (202) operation settles after asyncDelayMs', () => {
  const asyncOps = operations.filter((op) => op.success.status === 202);
  const reads = operations.filter((op) => op.state);

  it('covers the 13 operations Huawei answers with 202', () => {
    expect(asyncOps.map((op) => op.operationId).sort()).toEqual([
      'ApplyCentralNetworkPolicy',
      'AssociateSiteNetworkBandwidth',
      'CreateCentralNetwork',
      'CreateCentralNetworkErRouteTableAttachment',
      'CreateCentralNetworkGdgwAttachment',
      'CreateP2PSiteNetwork',
      'DeleteCentralNetwork',
      'DeleteCentralNetworkAttachment',
      'DeleteSiteNetwork',
      'DisassociateSiteNetworkBandwidth',
      'UpdateCentralNetworkConnection',
      'UpdateSiteNetworkBandwidth',
      'UpdateSiteNetworkBandwidthSize',
    ]);
  });

  it.each(asyncOps.map((op) => [op.operationId, op] as const))('%s answers a transitional state, then a settled one', async (operationId, op) => {
    const { cc, recorder } = await seeded();
    const answer = (await call(cc, op.methodName, op.sample.argsValue))!;
    const [itemKey, item] = Object.entries(answer).find(([key]) => key !== 'request_id') as [string, Record<string, unknown>];
    const transitional = String(item.state ?? item.status);
    expect(transitional).toMatch(/ING$/);
    await new Promise((resolve) => setTimeout(resolve, ASYNC_DELAY_MS * 3));

    const show = reads.find((read) => read.state!.itemKey === itemKey);
    if (show) {
      const args = Object.fromEntries(show.pathParams.map((p) => [p.name, p.name.endsWith('id') && p === show.pathParams.at(-1) ? item.id : op.sample.argsValue[p.name]]));
      const settled = await call(cc, show.methodName, args).then(
        (body) => String(body![itemKey] && (body![itemKey] as Record<string, unknown>)[show.state!.field]),
        (error: { status?: number }) => `HTTP ${error.status}`,
      );
      if (transitional === 'DELETING') expect(settled).toBe('HTTP 404');
      else expect(show.state!.values.filter((state) => !/ING$/.test(state))).toContain(settled);
    } else {
      // Resources without a Show operation (policies, connections, site connections) are read from their list.
      const list = operations.find((candidate) => candidate.pagination && candidate.method === 'GET' && candidate.path === op.path.slice(0, op.path.lastIndexOf('/{')));
      const lister = list ?? operations.find((candidate) => candidate.pagination && candidate.method === 'GET' && op.path.startsWith(candidate.path.replace(/s$/, '')));
      expect(lister, `a list operation that shows ${itemKey}`).toBeDefined();
      const listed = (await call(cc, lister!.methodName, lister!.sample.argsValue))![lister!.pagination!.itemsKey] as Record<string, unknown>[];
      // Site connections are listed inside their site network (`connections`), so nested lists are searched too.
      const nested = listed.flatMap((entry) => Object.values(entry).filter(Array.isArray).flat() as Record<string, unknown>[]);
      const found = [...listed, ...nested].find((candidate) => candidate?.id === item.id);
      if (transitional === 'DELETING') {
        expect(found, `${itemKey} ${String(item.id)} gone from ${lister!.operationId}`).toBeUndefined();
        expect(recorder.problems()).toEqual([]);
        return;
      }
      expect(found, `${itemKey} ${String(item.id)} in ${lister!.operationId}`).toBeDefined();
      const settled = found!.state ?? found!.status;
      expect(typeof settled, `the state of ${itemKey} ${String(item.id)}`).toBe('string');
      expect(settled).not.toMatch(/ING$/);
    }
    expect(recorder.problems()).toEqual([]);
  });
});
