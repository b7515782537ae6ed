import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { Store } from '../../src/emulator/store.js';
import { fixtures } from './support/fixtures.js';
import { root } from '../support/spec.js';
import { startTestEmulator } from './support/harness.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cc-emulator-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs a TypeScript file in a child Node process and resolves with it once its stdout matches `ready`. */
function run(args: string[], ready: RegExp): Promise<{ child: ChildProcess; output: () => string; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env: { ...process.env, PORT: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${ready} from ${args.join(' ')} within 15 s:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, output: () => output, match });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('persistence with a data file', () => {
  it('keeps the state, tags, order and pending transitions across a restart', async () => {
    const dataFile = path.join(dir, 'restart.json');
    const first = await startTestEmulator({ dataFile, asyncDelayMs: 300 });
    const make = fixtures(first.client());
    const a = await make.cloudConnection('cc-kept-a');
    const b = await make.cloudConnection('cc-kept-b');
    await first.client().tagCloudConnection({ id: b.id, body: { tags: [{ key: 'env', value: 'prod' }] } });
    await make.networkInstance(a.id);
    const network = await make.centralNetwork();
    await first.close();

    const second = await startTestEmulator({ dataFile, asyncDelayMs: 300 });
    const cc = second.client();
    const list = await cc.listCloudConnections();
    expect(list.cloud_connections.map((c) => [c.name, c.network_instance_number, c.tags])).toEqual([
      ['cc-kept-a', 1, []],
      ['cc-kept-b', 0, [{ key: 'env', value: 'prod' }]],
    ]);
    // The central network was CREATING when the first emulator stopped; the second one finishes the job.
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await cc.showCentralNetwork({ central_network_id: network.id })).central_network.state).toBe('AVAILABLE');
    // New resources continue the creation order after the old ones.
    await fixtures(cc).cloudConnection('cc-after-restart');
    expect((await cc.listCloudConnections()).cloud_connections.map((c) => c.name)).toEqual(['cc-kept-a', 'cc-kept-b', 'cc-after-restart']);
    expect([...first.recorder.problems(), ...second.recorder.problems()]).toEqual([]);
    await second.close();
  });

  it('finishes a request in flight before closing, and saves what it changed', async () => {
    const dataFile = path.join(dir, 'in-flight.json');
    const emulator = await startEmulator({ dataFile, docsDir: false, log: () => {} });
    const url = new URL(`${emulator.url}/v3/${emulator.domainId}/ccaas/cloud-connections`);
    const body = JSON.stringify({ cloud_connection: { name: 'cc-in-flight' } });
    const answer = new Promise<number>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Auth-Token': emulator.token } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      // Half the body now, the rest after close() has begun.
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), 200);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = emulator.close();
    expect(await answer).toBe(201);
    await closing;
    const saved = JSON.parse(await readFile(dataFile, 'utf8'));
    expect(JSON.stringify(saved)).toContain('cc-in-flight');
  });

  it('a writer killed with SIGKILL mid-write leaves a complete, loadable file', async () => {
    const dataFile = path.join(dir, 'killed.json');
    const { child } = await run([path.join(root, 'test/emulator/fixtures/writer.ts'), dataFile], /ready/);
    await new Promise((resolve) => setTimeout(resolve, 400));
    child.kill('SIGKILL');
    await exited(child);

    const store = await Store.open({ file: dataFile });
    const things = store.records('/things');
    expect(things.length).toBeGreaterThan(0);
    // Every record made it whole, and the file is one consistent snapshot (no record missing in the middle).
    expect(things.map((t) => t.seq)).toEqual(things.map((_, i) => i + 1));
    expect(things.every((t) => (t.item.payload as string).length === 20_000 && t.item.n === t.seq)).toBe(true);
    // Opening the file again cleared away the temporary file of the interrupted write.
    expect((await readdir(dir)).filter((f) => f.startsWith('killed.json'))).toEqual(['killed.json']);
  }, 20_000);

  it('refuses to start on a file that is not its own, and leaves the file alone', async () => {
    const dataFile = path.join(dir, 'foreign.json');
    await writeFile(dataFile, '{"hello":"world"}');
    await expect(startEmulator({ dataFile, docsDir: false })).rejects.toThrow(/is not a Cloud Connect emulator data file/);
    await writeFile(dataFile, '{"format":');
    await expect(startEmulator({ dataFile, docsDir: false })).rejects.toThrow(/is not valid JSON/);
    expect(await readFile(dataFile, 'utf8')).toBe('{"format":');
  });
});

describe('the command-line emulator', () => {
  it('prints how to connect, serves the docs, and on SIGINT saves its state and exits 0', async () => {
    const dataFile = path.join(dir, 'cli.json');
    const { child, output, match } = await run(['src/emulator/cli.ts', '--port', '0', '--data-file', dataFile, '--async-delay-ms', '10'], /listening on (http:\/\/[\d.:]+)[\s\S]*console\.log\(await/);
    const url = match[1] as string;
    const banner = output();
    for (const line of [`Documentation:  ${url}/docs`, 'Domain id:      0123456789abcdef0123456789abcdef', 'Access key:     EMULATORDEMOAK000001', 'IAM token:      emulator-demo-token', "import { createCloudConnectClient } from 'cloud-connect-kit';"]) {
      expect(banner).toContain(line);
    }

    const docs = await fetch(`${url}/docs`);
    expect([docs.status, docs.headers.get('content-type'), docs.headers.get('x-request-id')?.length]).toEqual([200, 'text/html; charset=utf-8', 32]);
    const page = await fetch(`${url}/docs/cloud-connections.md`);
    expect([page.status, (await page.text()).includes('UpdateCloudConnection')]).toEqual([200, true]);
    expect((await fetch(`${url}/docs/..%2Fpackage.json`)).status).toBe(404);

    const created = await fetch(`${url}/v3/0123456789abcdef0123456789abcdef/ccaas/cloud-connections`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Auth-Token': 'emulator-demo-token' },
      body: JSON.stringify({ cloud_connection: { name: 'cc-from-cli' } }),
    });
    expect(created.status).toBe(201);

    const exit = exited(child);
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(output()).toContain('Stopped.');
    expect(await readFile(dataFile, 'utf8')).toContain('cc-from-cli');
  }, 20_000);
});
