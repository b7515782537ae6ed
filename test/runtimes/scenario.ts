// The client scenario every runtime of the matrix runs, against an emulator the matrix started. Plain code for any
// runtime: no node: imports, no process or Deno globals (the entries read their arguments).
import type * as Kit from '../../src/index.js';

export interface ScenarioParams {
  endpoint: string;
  domainId: string;
  accessKey: string;
  secretKey: string;
  /** Makes the resource's name unique to the runtime, so its output says whose run it was. */
  label: string;
}

export interface StepOutcome {
  step: string;
  ok: boolean;
  detail: string;
}

/** What the runtime offers the client's runtime-dependent paths (the signer's crypto, the sender). */
export interface RuntimeFacts {
  getBuiltinModule: boolean;
}

export interface ScenarioReport {
  steps: StepOutcome[];
  facts: RuntimeFacts;
  /** The client's files the runtime loaded (`dist/…`, by package.json `exports` condition), when it can tell. */
  loaded?: string[];
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

export async function clientScenario(kit: typeof Kit, params: ScenarioParams): Promise<ScenarioReport> {
  const { endpoint, domainId, accessKey, secretKey } = params;
  const cc = kit.createCloudConnectClient({ endpoint, domainId, credentials: { accessKey, secretKey }, retry: false });
  const name = `matrix-${params.label}`.replace(/[^\w.-]/g, '-').slice(0, 64);
  const steps: StepOutcome[] = [];
  const step = async (label: string, body: () => Promise<string | undefined>) => {
    try {
      const problem = await body();
      steps.push({ step: label, ok: problem === undefined, detail: problem ?? '' });
    } catch (error) {
      steps.push({ step: label, ok: false, detail: describe(error) });
    }
  };

  let id = '';
  await step('create', async () => {
    const { cloud_connection } = await cc.createCloudConnection({ body: { cloud_connection: { name } } });
    id = cloud_connection.id;
    return cloud_connection.name === name ? undefined : `created ${JSON.stringify(cloud_connection.name)}, sent ${JSON.stringify(name)}`;
  });
  await step('update', async () => {
    const { cloud_connection } = await cc.updateCloudConnection({ id, body: { cloud_connection: { description: 'updated' } } });
    return cloud_connection.description === 'updated' ? undefined : `description is ${JSON.stringify(cloud_connection.description)}`;
  });
  await step('list', async () => {
    const { cloud_connections } = await cc.listCloudConnections({});
    const names = cloud_connections.map((c) => c.name);
    return names.length === 1 && names[0] === name ? undefined : `listed ${JSON.stringify(names)}`;
  });
  await step('wrong secret → 401', async () => {
    const wrong = kit.createCloudConnectClient({ endpoint, domainId, credentials: { accessKey, secretKey: `${secretKey}-wrong` }, retry: false });
    const outcome = await wrong.showCloudConnection({ id }).then(
      () => 'an answer',
      (error: unknown) => error,
    );
    return outcome instanceof kit.CloudConnectError && outcome.status === 401 ? undefined : `got ${describe(outcome)}`;
  });
  await step('delete', async () => {
    await cc.deleteCloudConnection({ id });
    const { cloud_connections } = await cc.listCloudConnections({});
    return cloud_connections.length === 0 ? undefined : `still listed: ${JSON.stringify(cloud_connections.map((c) => c.name))}`;
  });
  const process = (globalThis as { process?: { getBuiltinModule?: unknown } }).process;
  return { steps, facts: { getBuiltinModule: typeof process?.getBuiltinModule === 'function' } };
}

/**
 * Without network permission (Deno without --allow-net) the first call must fail, and say that permission is what is
 * missing, not that the network is down.
 */
export async function refusedScenario(kit: typeof Kit, params: ScenarioParams): Promise<ScenarioReport> {
  const cc = kit.createCloudConnectClient({ endpoint: params.endpoint, domainId: params.domainId, credentials: { accessKey: params.accessKey, secretKey: params.secretKey }, retry: false, timeoutMs: 10_000 });
  const outcome = await cc.listCloudConnections({}).then(
    () => 'an answer',
    (error: unknown) => describe(error),
  );
  const ok = /permission/i.test(outcome);
  return { steps: [{ step: 'permission refusal', ok, detail: ok ? '' : `expected an error saying permission, got ${outcome}` }], facts: { getBuiltinModule: false } };
}
