// `npm run test:runtimes`: the client scenario (scenario.ts) on every runtime of the matrix, each against its own
// emulator, from the packed and installed cloud-connect-kit. Prints one line per runtime and `N passed, N failed`.
import { execFile, spawn } from 'node:child_process';
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { buildPackages } from '../../generator/steps/compile.js';
import { startEmulator } from '../../src/emulator/index.js';
import { cleanEnv, installInto, packAll } from '../../packages/pack.js';
import type { ScenarioParams, ScenarioReport } from './scenario.js';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const work = path.join(root, '.tmp', `runtimes-${process.pid}`);
const app = path.join(work, 'app');
const installed = (...parts: string[]) => path.join(here, 'node_modules', ...parts);
const CONCURRENCY = 3;
const RUN_TIMEOUT_MS = 60_000;

interface Variant {
  label: string;
  /** Builds the command for a scenario, or runs it itself (workerd). */
  start: (params: ScenarioParams) => Promise<ScenarioReport>;
  /** Checks on the runtime's facts beyond the scenario's steps. */
  expectBuiltinModule?: boolean;
  /** The client's `dist/` files the runtime must load: `node.js` where the `node` condition matches. */
  expectLoaded: string[];
}

/** The client's files esbuild bundled into the worker (wrangler's conditions), set by buildEntries. */
let workerLoaded: string[] = [];

/** The pinned runtimes (test/runtimes/package.json), installed on first use or when a pin changed. */
async function ensureRuntimes(): Promise<Record<string, string>> {
  const wanted = (JSON.parse(await readFile(path.join(here, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
  const version = async (name: string) => readFile(installed(name, 'package.json'), 'utf8').then((text) => (JSON.parse(text) as { version: string }).version, () => undefined);
  const pinned = (spec: string) => spec.replace(/^npm:[^@]+@/, '');
  const stale = [];
  for (const [name, spec] of Object.entries(wanted)) if ((await version(name)) !== pinned(spec)) stale.push(name);
  if (stale.length > 0) {
    console.log(`installing the runtimes (${stale.join(', ')})…`);
    await run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--no-bin-links', '--loglevel=error'], { cwd: here, env: cleanEnv(), maxBuffer: 16 * 1024 * 1024 });
  }
  return Object.fromEntries(Object.entries(wanted).map(([name, spec]) => [name, pinned(spec)]));
}

/** The entries import the client as `../../src/index.js` for type-checking; the built ones import the installed package. */
function installedClient(bundleIt: boolean): Plugin {
  return {
    name: 'installed-client',
    setup(esbuild) {
      esbuild.onResolve({ filter: /\/src\/index\.js$/ }, async () => {
        if (!bundleIt) return { path: 'cloud-connect-kit', external: true };
        const resolved = await esbuild.resolve('cloud-connect-kit', { resolveDir: app, kind: 'import-statement' });
        return { path: resolved.path };
      });
    },
  };
}

async function buildEntries(): Promise<void> {
  const common = { bundle: true, format: 'esm', target: 'es2022', logLevel: 'silent', absWorkingDir: root } as const;
  await Promise.all([
    build({ ...common, entryPoints: [path.join(here, 'cli-entry.ts')], outfile: path.join(app, 'cli.mjs'), platform: 'neutral', plugins: [installedClient(false)] }),
    // As wrangler bundles for workerd: its conditions, node: modules left to the runtime (nodejs_compat provides them).
    build({
      ...common,
      metafile: true,
      entryPoints: [path.join(here, 'worker-entry.ts')],
      outfile: path.join(app, 'worker.mjs'),
      platform: 'neutral',
      conditions: ['workerd', 'worker', 'browser'],
      mainFields: ['browser', 'module', 'main'],
      external: ['node:*'],
      plugins: [installedClient(true)],
    }).then((result) => {
      workerLoaded = Object.keys(result.metafile.inputs)
        .filter((input) => input.includes('node_modules/cloud-connect-kit/dist/'))
        .map((input) => path.basename(input))
        .sort();
    }),
  ]);
}

function cliVariant(label: string, command: string, args: string[], mode?: 'refused'): Variant {
  return {
    label,
    // Node, Bun and Deno all match the `node` condition of package.json `exports`.
    expectLoaded: ['node.js'],
    async start(params) {
      const { stdout } = await run(command, [...args, path.join(app, 'cli.mjs'), JSON.stringify(params), ...(mode ? [mode] : [])], {
        cwd: app,
        timeout: RUN_TIMEOUT_MS,
        env: cleanEnv({ DENO_DIR: path.join(work, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1', BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' }),
      });
      return JSON.parse(stdout.trim().split('\n').at(-1) as string) as ScenarioReport;
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function workerdConfig(port: number, flags: string[]): string {
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    # The default outbound network allows public addresses only; the emulator is on loopback.
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "../worker.mjs")],
  compatibilityDate = "2025-09-01",
  compatibilityFlags = [${flags.map((flag) => `"${flag}"`).join(', ')}],
);
`;
}

function workerdVariant(label: string, flags: string[], expectBuiltinModule: boolean): Variant {
  return {
    label,
    expectBuiltinModule,
    // wrangler's conditions have no `node`: the default entries, fetch and Web Crypto only.
    expectLoaded: ['auth.js', 'index.js'],
    async start(params) {
      const dir = path.join(app, `workerd-${flags.length > 0 ? flags.join('-') : 'plain'}`);
      await mkdir(dir, { recursive: true });
      const port = await freePort();
      await writeFile(path.join(dir, 'config.capnp'), workerdConfig(port, flags));
      const child = spawn(installed('@cloudflare', 'workerd-linux-64', 'bin', 'workerd'), ['serve', 'config.capnp'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      try {
        const deadline = performance.now() + RUN_TIMEOUT_MS;
        for (;;) {
          if (child.exitCode !== null) throw new Error(`workerd exited (${child.exitCode}): ${stderr.trim()}`);
          const answer = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: JSON.stringify(params) }).catch(() => undefined);
          if (answer !== undefined) {
            const text = await answer.text();
            if (!answer.ok) throw new Error(`the worker answered ${answer.status}: ${text.slice(0, 500)} ${stderr.trim()}`);
            return { ...(JSON.parse(text) as ScenarioReport), loaded: workerLoaded };
          }
          if (performance.now() > deadline) throw new Error(`workerd did not listen within ${RUN_TIMEOUT_MS} ms: ${stderr.trim()}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        child.kill('SIGTERM');
      }
    },
  };
}

interface Outcome {
  label: string;
  ok: boolean;
  ms: number;
  detail: string;
}

async function runVariant(variant: Variant): Promise<Outcome> {
  const emulator = await startEmulator({ port: 0, docsDir: false, log: () => {} });
  const started = performance.now();
  try {
    const params: ScenarioParams = { endpoint: emulator.url, domainId: emulator.domainId, ...emulator.credentials, label: variant.label };
    const report = await variant.start(params);
    const problems = report.steps.filter((s) => !s.ok).map((s) => `${s.step}: ${s.detail}`);
    if (variant.expectBuiltinModule !== undefined && report.facts.getBuiltinModule !== variant.expectBuiltinModule) {
      problems.push(`process.getBuiltinModule is ${report.facts.getBuiltinModule ? '' : 'not '}available, so the signer's ${variant.expectBuiltinModule ? 'node:crypto' : 'Web Crypto'} path was not the one tested`);
    }
    if (JSON.stringify(report.loaded) !== JSON.stringify(variant.expectLoaded)) {
      problems.push(`loaded ${JSON.stringify(report.loaded)} of the client's dist/, expected ${JSON.stringify(variant.expectLoaded)}`);
    }
    const steps = report.steps.map((s) => s.step).join(', ');
    return { label: variant.label, ok: problems.length === 0, ms: performance.now() - started, detail: problems.length === 0 ? steps : problems.join('; ') };
  } catch (error) {
    return { label: variant.label, ok: false, ms: performance.now() - started, detail: ((error as Error).message ?? String(error)).split('\n').slice(0, 3).join(' ') };
  } finally {
    await emulator.close();
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  await rm(work, { recursive: true, force: true });
  const [versions] = await Promise.all([ensureRuntimes(), buildPackages(root)]);
  const packed = await packAll(path.join(work, 'packs'));
  await installInto(app, [packed.get('cloud-connect-kit')?.tarball as string]);
  await buildEntries();
  const deno = installed('@deno', 'linux-x64-glibc', 'deno');
  const variants: Variant[] = [
    cliVariant(`node ${process.versions.node}`, process.execPath, []),
    ...(['node22', 'node24', 'node26'] as const).map((name) => cliVariant(`node ${versions[name]}`, installed(name, 'bin', 'node'), [])),
    cliVariant(`bun ${versions['@oven/bun-linux-x64']}`, installed('@oven', 'bun-linux-x64', 'bin', 'bun'), []),
    cliVariant(`deno ${versions['@deno/linux-x64-glibc']} --allow-net=127.0.0.1`, deno, ['run', '--no-prompt', '--allow-net=127.0.0.1']),
    cliVariant(`deno ${versions['@deno/linux-x64-glibc']} without --allow-net`, deno, ['run', '--no-prompt'], 'refused'),
    workerdVariant(`workerd ${versions['@cloudflare/workerd-linux-64']} nodejs_compat (node:crypto)`, ['nodejs_compat'], true),
    workerdVariant(`workerd ${versions['@cloudflare/workerd-linux-64']} without nodejs_compat (Web Crypto)`, [], false),
  ];
  console.log(`set-up (runtimes, build, pack, install): ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const outcomes: Outcome[] = [];
  const queue = [...variants];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let variant = queue.shift(); variant !== undefined; variant = queue.shift()) {
        const outcome = await runVariant(variant);
        outcomes.push(outcome);
        console.log(`${outcome.ok ? 'ok  ' : 'FAIL'} ${outcome.label.padEnd(58)} ${(outcome.ms / 1000).toFixed(1).padStart(5)} s  ${outcome.detail}`);
      }
    }),
  );
  await rm(work, { recursive: true, force: true });
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(`runtime matrix: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
  console.log(`${outcomes.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
