import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packages } from '../../packages/packages.js';
import { cleanEnv, installInto, packAll, type Packed } from '../../packages/pack.js';
import { root } from '../support/spec.js';

const run = promisify(execFile);
const work = path.join(root, '.tmp', `package-install-${process.pid}`);
const clientApp = path.join(work, 'client-app');
const emulatorApp = path.join(work, 'emulator-app');
const cliApp = path.join(work, 'cli-app');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

let packed: Map<string, Packed>;
const installed = new Map<string, string[]>();

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  packed = await packAll(path.join(work, 'packs'));
  const tarball = (name: string) => packed.get(name)?.tarball as string;
  // Each package goes into its own empty project, so each install shows exactly what that package pulls in.
  const [client, emulator, cli] = await Promise.all([
    installInto(clientApp, [tarball('cloud-connect-kit')]),
    installInto(emulatorApp, [tarball('cloud-connect-emulator')]),
    installInto(cliApp, [tarball('cloud-connect-cli')]),
  ]);
  installed.set('cloud-connect-kit', client).set('cloud-connect-emulator', emulator).set('cloud-connect-cli', cli);
}, 180_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe('what `npm install <tarball>` puts in an empty project', () => {
  it.each([
    { name: 'cloud-connect-kit', want: ['cloud-connect-kit', 'openapi-fetch', 'openapi-typescript-helpers'] },
    {
      name: 'cloud-connect-emulator',
      want: ['ajv', 'ajv-formats', 'cloud-connect-emulator', 'fast-deep-equal', 'fast-uri', 'json-schema-traverse', 'require-from-string'],
    },
    {
      name: 'cloud-connect-cli',
      want: [
        '@jmespath-community/jmespath',
        'ajv',
        'ajv-formats',
        'cloud-connect-cli',
        'commander',
        'fast-deep-equal',
        'fast-uri',
        'json-schema-traverse',
        'require-from-string',
        'yaml',
      ],
    },
  ])('$name installs $want', ({ name, want }) => {
    expect(installed.get(name)).toEqual(want);
  });

  it.each([
    {
      name: 'cloud-connect-kit',
      want: ['README.md', 'dist/auth.js', 'dist/index.js', 'dist/node.js', 'dist/node-generic.js', 'dist/types/src/auth/index.d.ts', 'dist/types/src/index.d.ts', 'dist/types/generated/schema.d.ts', 'package.json'],
      never: /^(src|generated|test)\//,
    },
    {
      name: 'cloud-connect-emulator',
      want: ['README.md', 'dist/cli.js', 'dist/index.js', 'dist/types/src/emulator/index.d.ts', 'generated/docs/index.html', 'generated/docs/guide.md', 'generated/openapi.json', 'package.json'],
      never: /^(src|test)\/|openapi-fetch/,
    },
    {
      name: 'cloud-connect-cli',
      want: ['README.md', 'dist/main.js', 'generated/cli-validators.gen.mjs', 'generated/openapi.json', 'package.json'],
      never: /^(src|test)\/|openapi-fetch/,
    },
  ])('the $name tarball holds its entries, declarations and assets, and no sources', ({ name, want, never }) => {
    const files = packed.get(name)?.files ?? [];
    expect(files).toEqual(expect.arrayContaining(want));
    expect(files.filter((file) => never.test(file))).toEqual([]);
  });

  it.each([
    {
      name: 'cloud-connect-kit',
      app: clientApp,
      want: {
        'auth.js': [],
        'generic.js': ['./auth.js', './index.js', 'openapi-fetch'],
        'index.js': ['./auth.js'],
        'node-generic.js': ['./node.js', 'openapi-fetch'],
        'node.js': [],
      },
    },
    { name: 'cloud-connect-emulator', app: emulatorApp, want: { 'cli.js': ['./index.js', 'node:*'], 'index.js': ['ajv-formats', 'ajv/dist/2020.js', 'node:*'] } },
    { name: 'cloud-connect-cli', app: cliApp, want: { 'main.js': ['@jmespath-community/jmespath', 'ajv-formats', 'ajv/dist/2020.js', 'commander', 'node:*', 'yaml'] } },
  ])('$name ships one bundled ESM file per entry, importing only its dependencies and its other entries', async ({ name, app, want }) => {
    const dist = path.join(app, 'node_modules', name, 'dist');
    const scripts = packed.get(name)?.files.filter((file) => file.endsWith('.js')).map((file) => path.basename(file)) ?? [];
    expect(scripts.sort()).toEqual(Object.keys(want));
    const imports = Object.fromEntries(
      await Promise.all(
        scripts.map(async (file) => {
          const code = await readFile(path.join(dist, file), 'utf8');
          const specifiers = [...code.matchAll(/^(?:import|export)\s[^;]*?\bfrom\s*"([^"]+)"|\bimport\(\s*["']([^"']+)["']\s*\)/gm)].map((m) => (m[1] ?? m[2]) as string);
          // node: modules are the emulator's to use freely; which ones is its own business.
          return [file, [...new Set(specifiers.map((s) => (s.startsWith('node:') ? 'node:*' : s)))].sort()];
        }),
      ),
    );
    expect(imports).toEqual(want);
  });

  it.each([
    { platform: 'browser', want: { files: ['auth.js', 'index.js'], nodeHttp: false, nodeCrypto: false } },
    { platform: 'node', want: { files: ['node.js'], nodeHttp: true, nodeCrypto: true } },
  ] as const)('an application bundled for $platform from the installed cloud-connect-kit gets $want.files', async ({ platform, want }) => {
    const result = await build({
      stdin: { contents: BUNDLED_APP, resolveDir: clientApp, sourcefile: 'app.js' },
      bundle: true,
      format: 'esm',
      platform,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).filter((input) => input.includes('node_modules/cloud-connect-kit/dist/'));
    const code = result.outputFiles[0]?.text ?? '';
    expect({
      files: inputs.map((input) => path.basename(input)).sort(),
      nodeHttp: code.includes('node:http'),
      nodeCrypto: code.includes('node:crypto'),
    }).toEqual(want);
  });

  it('the root pins the same versions of the packages\' dependencies as the packages do', async () => {
    const manifest = async (dir: string) => JSON.parse(await readFile(path.join(root, dir, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    const rootDevDependencies = (await manifest('.')).devDependencies ?? {};
    const mismatches = [];
    for (const pkg of packages) {
      for (const [dependency, version] of Object.entries((await manifest(pkg.dir)).dependencies ?? {})) {
        if (rootDevDependencies[dependency] !== version) mismatches.push(`${pkg.name}: ${dependency} ${version}, root ${rootDevDependencies[dependency]}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe.concurrent('the installed packages, run as a user runs them', () => {
  it('the CLI\'s bin checks a call against the shipped validators and prints a signed dry run', async () => {
    const cloudConnect = path.join(cliApp, 'node_modules', '.bin', 'cloud-connect');
    const env = cleanEnv({ HUAWEICLOUD_SDK_AK: 'PACKEDCLIACCESSKEY01', HUAWEICLOUD_SDK_SK: 'packed-cli-secret-key', HUAWEICLOUD_SDK_DOMAIN_ID: '0123456789abcdef0123456789abcdef' });
    const refused = await run(cloudConnect, ['cloud-connections', 'list', '--limit', '5000'], { cwd: cliApp, env }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr.split('\n').slice(0, 2).join('\n') }),
    );
    expect(refused).toEqual({ code: 2, stderr: 'error: ListCloudConnections: nothing was sent; fix these flags:\n  --limit must be <= 1000; got 5000' });
    const { stdout } = await run(cloudConnect, ['UpdateCloudConnection', '--id', '2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6', '--name', 'packed', '--dry-run', '--endpoint', 'http://127.0.0.1:4010'], { cwd: cliApp, env });
    expect(stdout.split('\n')[0]).toBe('PUT http://127.0.0.1:4010/v3/0123456789abcdef0123456789abcdef/ccaas/cloud-connections/2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6');
    expect(stdout).toContain('Signature=[redacted]');
    expect(stdout).not.toContain('packed-cli-secret-key');
  }, 60_000);

  let emulator: ChildProcess | undefined;
  afterAll(async () => {
    if (emulator?.exitCode === null) {
      emulator.kill('SIGTERM');
      await once(emulator, 'exit');
    }
  });

  it('the emulator\'s bin serves the API and /docs, and the client (both entries) calls it signed', async () => {
    emulator = spawn(path.join(emulatorApp, 'node_modules', '.bin', 'cloud-connect-emulator'), ['--port', '0'], { cwd: emulatorApp, stdio: ['ignore', 'pipe', 'inherit'] });
    const banner = await new Promise<string>((resolve, reject) => {
      let text = '';
      emulator?.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        text += chunk;
        if (text.includes('IAM token:')) resolve(text);
      });
      emulator?.on('exit', (code) => reject(new Error(`the emulator exited (${code}) before printing its banner:\n${text}`)));
    });
    const field = (label: string) => new RegExp(`${label}:?\\s+(\\S+)`).exec(banner)?.[1] as string;
    const [url, docsUrl, domainId, accessKey, secretKey] = ['listening on', 'Documentation', 'Domain id', 'Access key', 'Secret key'].map(field);
    expect(docsUrl).toBe(`${url}/docs`);

    const docs = await fetch(docsUrl as string);
    expect({ status: docs.status, type: docs.headers.get('content-type'), hasTitle: (await docs.text()).includes('Cloud Connect') }).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      hasTitle: true,
    });

    await writeFile(path.join(clientApp, 'main.js'), CLIENT_SCENARIO);
    const { stdout } = await run(process.execPath, ['main.js', url as string], {
      cwd: clientApp,
      env: cleanEnv({ HUAWEICLOUD_SDK_AK: accessKey as string, HUAWEICLOUD_SDK_SK: secretKey as string, HUAWEICLOUD_SDK_DOMAIN_ID: domainId as string }),
    });
    expect(JSON.parse(stdout)).toEqual({
      resolvedFrom: {
        // Node's `exports` condition: `.` and `./auth` are one file, so they share one signer and one set of classes.
        main: 'client-app/node_modules/cloud-connect-kit/dist/node.js',
        auth: 'client-app/node_modules/cloud-connect-kit/dist/node.js',
        generic: 'client-app/node_modules/cloud-connect-kit/dist/node-generic.js',
      },
      generic: { status: 200, name: 'packed', failureIsNetworkError: true },
      created: 'packed',
      shownSameId: true,
      ownClientList: { status: 200, names: ['packed'] },
      signedHeaders: 'host;x-domain-id;x-sdk-date',
      verified: true,
      wrongSecret: { name: 'CloudConnectError', status: 401 },
      requireFromCommonJs: 'function',
    });
  }, 60_000);

  it.each([
    { resolution: 'node16', module: 'node16' },
    { resolution: 'bundler', module: 'esnext' },
  ])('a TypeScript consumer with moduleResolution $resolution type-checks both entries against the shipped declarations', async ({ resolution, module }) => {
    await writeFile(path.join(clientApp, 'typed.ts'), TYPED_CONSUMER);
    const config = `tsconfig.${resolution}.json`;
    await writeFile(
      path.join(clientApp, config),
      JSON.stringify({
        // No @types/node and skipLibCheck off: the declarations must stand on their own, in browsers too.
        compilerOptions: { strict: true, module, moduleResolution: resolution, target: 'ES2022', lib: ['ES2022', 'DOM'], noEmit: true, skipLibCheck: false, types: [] },
        files: ['typed.ts'],
      }),
    );
    const outcome = await run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], { cwd: clientApp }).then(
      () => 'compiled',
      (error: { stdout: string }) => error.stdout,
    );
    expect(outcome).toBe('compiled');
  }, 90_000);
});

describe.concurrent('package linters', () => {
  it.each(packages.map((pkg) => pkg.name))('publint finds nothing to report in the %s tarball', async (name) => {
    // publint colours its output under CI=true even when piped; NO_COLOR turns that off.
    const { stdout } = await run(bin('publint'), ['run', packed.get(name)?.tarball as string, '--strict'], { cwd: work, env: cleanEnv({ NO_COLOR: '1' }) });
    expect(stdout.trim().split('\n').at(-1)).toBe('All good!');
  }, 60_000);

  // ESM only by design: node10 and require-from-CommonJS resolution are out of scope (see packages/README.md);
  // require() of the package still works on Node >= 20.19, which the scenario above checks.
  it.each(packages.map((pkg) => pkg.name))('@arethetypeswrong/cli (profile esm-only) finds no problem in the %s tarball', async (name) => {
    const outcome = await run(bin('attw'), [packed.get(name)?.tarball as string, '--profile', 'esm-only', '--format', 'table', '--no-color', '--no-emoji'], { cwd: work, env: cleanEnv() }).then(
      () => 'no problems',
      (error: { stdout: string }) => error.stdout,
    );
    expect(outcome).toBe('no problems');
  }, 60_000);
});

/** An application that only sends through the default entry, bundled from client-app's node_modules. */
const BUNDLED_APP = `import { createCloudConnectClient } from 'cloud-connect-kit';
const cc = createCloudConnectClient({ domainId: '0123456789abcdef0123456789abcdef', credentials: { accessKey: 'AK', secretKey: 'SK' } });
export const result = await cc.updateCloudConnection({ id: 'x', body: { cloud_connection: { name: 'n' } } });`;

/** Runs in client-app with the emulator's URL as argument and its credentials in the environment. */
const CLIENT_SCENARIO = `import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import createClient from 'openapi-fetch';
import { createCloudConnectClient, CloudConnectError, CloudConnectNetworkError } from 'cloud-connect-kit';
import { createAuthMiddleware, credentialsFromEnv, sign, verifySignature } from 'cloud-connect-kit/auth';
import { createGenericClient } from 'cloud-connect-kit/generic';

const endpoint = process.argv[2];
const { credentials, domainId } = credentialsFromEnv();
const where = (specifier) => path.relative(path.dirname(process.cwd()), fileURLToPath(import.meta.resolve(specifier)));

const cc = createCloudConnectClient({ endpoint, domainId, credentials });
const { cloud_connection } = await cc.createCloudConnection({ body: { cloud_connection: { name: 'packed' } } });
const shown = await cc.showCloudConnection({ id: cloud_connection.id });

// The signer's middleware on an openapi-fetch client of the user's own.
const own = createClient({ baseUrl: endpoint });
own.use(createAuthMiddleware({ credentials, domainId }));
const listed = await own.GET('/v3/{domain_id}/ccaas/cloud-connections', { params: { path: { domain_id: domainId } } });

// sign() and verifySignature() on their own, as a gateway of another service would check them.
const url = endpoint + '/v3/' + domainId + '/anything?b=2&a=1';
const signed = await sign({ method: 'GET', url }, { credentials, domainId, date: new Date() });
const headers = new Headers();
signed.apply(headers);
const received = { ...Object.fromEntries(headers), host: new URL(url).host };
const verified = await verifySignature({ method: 'GET', url: new URL(url).pathname + new URL(url).search, headers: received }, { lookup: () => credentials });

// The generic entry: openapi-fetch's methods, signed; its errors are the default entry's classes.
const generic = createGenericClient({ endpoint, domainId, credentials });
const genericShow = await generic.GET('/v3/{domain_id}/ccaas/cloud-connections/{id}', { params: { path: { id: cloud_connection.id } } });
const unreachable = createGenericClient({ endpoint: 'http://127.0.0.1:9', domainId, credentials, retry: false });
const genericFailure = await unreachable.GET('/v3/{domain_id}/ccaas/cloud-connections', {}).then(() => 'answered', (error) => error instanceof CloudConnectNetworkError);

const wrong = createCloudConnectClient({ endpoint, domainId, credentials: { accessKey: credentials.accessKey, secretKey: 'not-the-secret-key-0000' }, retry: false });
const wrongSecret = await wrong.showCloudConnection({ id: cloud_connection.id }).then(() => 'answered', (error) => ({ name: error.name, status: error.status }));
await cc.deleteCloudConnection({ id: cloud_connection.id });

console.log(JSON.stringify({
  resolvedFrom: { main: where('cloud-connect-kit'), auth: where('cloud-connect-kit/auth'), generic: where('cloud-connect-kit/generic') },
  generic: { status: genericShow.response.status, name: genericShow.data.cloud_connection.name, failureIsNetworkError: genericFailure },
  created: cloud_connection.name,
  shownSameId: shown.cloud_connection.id === cloud_connection.id,
  ownClientList: { status: listed.response.status, names: listed.data.cloud_connections.map((c) => c.name) },
  signedHeaders: signed.signedHeaders,
  verified: verified.ok,
  wrongSecret: wrongSecret instanceof Error ? String(wrongSecret) : wrongSecret,
  requireFromCommonJs: typeof createRequire(import.meta.url)('cloud-connect-kit').createCloudConnectClient,
}));
`;

/** Type-checked, never run: both entries, the generated types, and one mistake the declarations must catch. */
const TYPED_CONSUMER = `import { createCloudConnectClient, CloudConnectError, type CloudConnection } from 'cloud-connect-kit';
import { createAuthMiddleware, sign, verifySignature, type SignedRequest, type AccessKeyCredentials } from 'cloud-connect-kit/auth';
import { createGenericClient } from 'cloud-connect-kit/generic';
import createClient from 'openapi-fetch';

const credentials: AccessKeyCredentials = { accessKey: 'AK', secretKey: 'SK' };
const cc = createCloudConnectClient({ domainId: '0123456789abcdef0123456789abcdef', credentials });
export async function rename(id: string): Promise<CloudConnection> {
  return (await cc.updateCloudConnection({ id, body: { cloud_connection: { name: 'n' } } })).cloud_connection;
}
export async function signed(): Promise<SignedRequest> {
  return sign({ method: 'GET', url: 'https://ecs.example.myhuaweicloud.com/v1/servers' }, { credentials, date: new Date() });
}
export const own = createClient<Record<string, never>>({ baseUrl: 'https://vpc.example.myhuaweicloud.com' });
own.use(createAuthMiddleware({ credentials }));
export const check = verifySignature;
export const generic = createGenericClient({ domainId: '0123456789abcdef0123456789abcdef', credentials });
export const isError = (e: unknown): e is CloudConnectError => e instanceof CloudConnectError;
// @ts-expect-error: the id is a string, which the shipped declarations know.
cc.updateCloudConnection({ id: 1, body: { cloud_connection: { name: 'n' } } });
`;
