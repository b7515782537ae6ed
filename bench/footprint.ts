// Rows: Footprint — what a consumer ships (esbuild bundle, minified and gzip -9) and what `npm install` puts on disk.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildFailure, type Platform } from 'esbuild';
import { buildPackages } from '../generator/steps/compile.js';
import { installInto, packAll } from '../packages/pack.js';
import { root } from './child.js';
import { coreDir } from './official.js';
import { ratio, kib, NO_GOAL, verdict, type GroupResult } from './table.js';

export const BUNDLE_GOAL_BYTES = 8 * 1024;

const DOMAIN = "'0123456789abcdef0123456789abcdef'";
const ID = "'2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6'";
const BODY = "{ cloud_connection: { name: 'new cloud-connection name', description: 'new cloud-connection description' } }";

/** Each consumer creates its client and sends one signed (or, for openapi-fetch, plain) UpdateCloudConnection. */
const CONSUMERS = {
  client: `import { createCloudConnectClient } from './src/index.ts';
const cc = createCloudConnectClient({ domainId: ${DOMAIN}, credentials: { accessKey: 'AK', secretKey: 'SK' } });
export const result = await cc.updateCloudConnection({ id: ${ID}, body: ${BODY} });`,
  'openapi-fetch': `import createClient from 'openapi-fetch';
const client = createClient({ baseUrl: 'https://cc.myhuaweicloud.com' });
export const result = await client.PUT('/v3/{domain_id}/ccaas/cloud-connections/{id}', { params: { path: { domain_id: ${DOMAIN}, id: ${ID} } }, body: ${BODY} });`,
  official: `import { GlobalCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/GlobalCredentials.js';
import { HcClient } from '@huaweicloud/huaweicloud-sdk-core/HcClient.js';
import { DefaultHttpClient } from '@huaweicloud/huaweicloud-sdk-core/http/DefaultHttpClient.js';
const endpoint = 'https://cc.myhuaweicloud.com';
const credentials = new GlobalCredentials({ ak: 'AK', sk: 'SK', domainId: ${DOMAIN} });
const hc = new HcClient(new DefaultHttpClient({}, [endpoint]), {}).withCredential(credentials).withEndpoints([endpoint]);
export const result = await hc.sendRequest({ method: 'PUT', url: '/v3/{domain_id}/ccaas/cloud-connections/{id}', contentType: 'application/json;charset=UTF-8', queryParams: {}, pathParams: { id: ${ID} }, headers: {}, data: ${BODY} });`,
} as const;
type Consumer = keyof typeof CONSUMERS;

interface Bundle {
  minified: number;
  gzipped: number;
  platform: Platform;
  /** Why the browser build failed, when it did and the node build stood in. */
  fallback?: string;
}

async function bundleFor(consumer: Consumer, platform: Platform): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: CONSUMERS[consumer], resolveDir: root, sourcefile: `${consumer}-consumer.ts`, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  return result.outputFiles[0]?.contents ?? new Uint8Array();
}

async function measureBundle(consumer: Consumer): Promise<Bundle> {
  const sizes = (bytes: Uint8Array) => ({ minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length });
  try {
    return { ...sizes(await bundleFor(consumer, 'browser')), platform: 'browser' };
  } catch (error) {
    const errors = (error as BuildFailure).errors ?? [];
    const first = errors[0]?.text ?? String(error);
    return { ...sizes(await bundleFor(consumer, 'node')), platform: 'node', fallback: `${errors.length} error(s), first: ${first}` };
  }
}

/** Finds `name` the way Node does from inside `fromDir`: the nearest node_modules up the tree. */
async function locate(name: string, fromDir: string): Promise<string | undefined> {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (await stat(path.join(candidate, 'package.json')).then(() => true, () => false)) return realpath(candidate);
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Bytes of every file in a package folder, leaving out nested node_modules (those packages are counted on their own). */
async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await folderBytes(full);
    else if (entry.isFile()) total += (await stat(full)).size;
  }
  return total;
}

/** A package and everything its `dependencies` (and installed optional ones) pull in, each counted once. */
async function installedTree(packageDir: string): Promise<{ bytes: number; packages: number }> {
  const seen = new Set<string>();
  const queue = [await realpath(packageDir)];
  let bytes = 0;
  while (queue.length > 0) {
    const dir = queue.pop() as string;
    if (seen.has(dir)) continue;
    seen.add(dir);
    bytes += await folderBytes(dir);
    const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const found = await locate(name, dir);
      if (found !== undefined) queue.push(found);
    }
  }
  return { bytes, packages: seen.size };
}

/**
 * What `npm install cloud-connect-kit` puts on disk: this commit's client package, built and packed in a scratch
 * folder (the repository's own packages/ are left alone), installed from its tarball into an empty project.
 */
async function installedClient(workDir: string): Promise<{ bytes: number; packages: number; tarball: number }> {
  const scratch = path.join(workDir, 'footprint');
  await buildPackages(root, scratch);
  const tarball = (await packAll(path.join(scratch, 'packs'), scratch)).get('cloud-connect-kit');
  if (tarball === undefined) throw new Error('npm pack made no cloud-connect-kit tarball');
  const app = path.join(scratch, 'app');
  await installInto(app, [tarball.tarball]);
  return { ...(await installedTree(path.join(app, 'node_modules', 'cloud-connect-kit'))), tarball: tarball.bytes };
}

const describeBundle = (b: Bundle) => `${kib(b.gzipped)} gzip (${kib(b.minified)} min${b.platform === 'node' ? ', platform node' : ''})`;

export async function footprintGroup(workDir: string): Promise<GroupResult> {
  const [client, openapiFetch, official] = await Promise.all([measureBundle('client'), measureBundle('openapi-fetch'), measureBundle('official')]);
  const [ours, theirs] = await Promise.all([installedClient(workDir), installedTree(coreDir)]);
  const notes = [
    'Footprint: esbuild (bundle, minify, format esm, target es2022) of a consumer that creates the client and sends one UpdateCloudConnection; gzip is node:zlib level 9. For platform browser, the client\'s `#sender` and `#digest` imports resolve to the fetch sender and Web Crypto hashing (package.json `imports`), so neither the node:http sender nor the node:crypto path is in it. The official consumer uses GlobalCredentials + HcClient + DefaultHttpClient (signer and axios included).',
  ];
  for (const [name, b] of [['this client', client], ['openapi-fetch', openapiFetch], ['official core', official]] as const) {
    if (b.fallback) notes.push(`Footprint: the ${name} consumer does not bundle for platform browser (${b.fallback}); its figure is for platform node.`);
  }
  notes.push(
    'Installed size: `npm pack` of packages/client (built from this commit in .tmp), `npm install` of the tarball into an empty project, then apparent bytes of each package folder (nested node_modules counted as their own packages), following `dependencies` from cloud-connect-kit through its whole tree, each package once. The official core is measured where it is installed (devDependencies).',
  );
  return {
    rows: [
      {
        group: 'Footprint',
        label: 'Bundle of a consumer sending UpdateCloudConnection (browser, esm): this client vs official core',
        measured: describeBundle(client),
        peer: describeBundle(official),
        ratio: ratio(client.gzipped, official.gzipped),
        goal: `≤ ${kib(BUNDLE_GOAL_BYTES)} gzip`,
        status: verdict(client.gzipped <= BUNDLE_GOAL_BYTES),
      },
      {
        group: 'Footprint',
        label: 'Same consumer on openapi-fetch alone (unsigned, no wrappers) vs official core',
        measured: describeBundle(openapiFetch),
        peer: describeBundle(official),
        ratio: ratio(openapiFetch.gzipped, official.gzipped),
        ...NO_GOAL,
      },
      {
        group: 'Footprint',
        label: 'Installed client: `npm install` of the packed cloud-connect-kit (itself and its dependencies) vs official core tree',
        measured: `${kib(ours.bytes)} (${ours.packages} packages; tarball ${kib(ours.tarball)})`,
        peer: `${kib(theirs.bytes)} (${theirs.packages} packages)`,
        ratio: ratio(ours.bytes, theirs.bytes),
        ...NO_GOAL,
      },
    ],
    notes,
  };
}
