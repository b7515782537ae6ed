// A server in its own process, so that on a 2-core machine the server and the load generator each get a core
// instead of sharing one event loop. Prints its address with `reply`, closes when stdin closes.
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { reply } from './child.js';
import { SEED_RESPONSE } from './fixtures.js';

type Mode = 'loopback' | 'emulator' | 'emulator-file';

async function loopback(): Promise<{ info: object; close: () => Promise<void> }> {
  const body = Buffer.from(JSON.stringify(SEED_RESPONSE));
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, 'x-request-id': SEED_RESPONSE.request_id });
      response.end(body);
    });
  });
  // Longer than any pause between warm-up and measurement, so no contender pays for reconnecting.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    info: { url: `http://127.0.0.1:${port}` },
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

interface EmulatorModule {
  startEmulator(options: { host: string; port: number; dataFile?: string }): Promise<{
    url: string;
    domainId: string;
    credentials: { accessKey: string; secretKey: string };
    token: string;
    close(): Promise<void> | void;
  }>;
}

/** With `withDataFile`, the emulator keeps its state in a fresh temporary file, so every write waits for the disk. */
async function emulator(withDataFile: boolean): Promise<{ info: object; close: () => Promise<void> }> {
  // A computed specifier: the emulator may not exist yet, and then this row reports that instead of failing to compile.
  const specifier = '../src/emulator/index.js';
  const module = (await import(specifier).catch(() => ({}))) as Partial<EmulatorModule>;
  if (typeof module.startEmulator !== 'function') throw new Error('emulator not available: src/emulator/index.ts does not export startEmulator');
  const dir = withDataFile ? await mkdtemp(path.join(tmpdir(), 'cc-bench-')) : undefined;
  const emu = await module.startEmulator({ host: '127.0.0.1', port: 0, ...(dir ? { dataFile: path.join(dir, 'state.json') } : {}) });
  return {
    info: { url: emu.url, domainId: emu.domainId, credentials: emu.credentials, token: emu.token },
    close: async () => {
      await emu.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

const mode = JSON.parse(process.argv[2] ?? '"loopback"') as Mode;
try {
  const { info, close } = mode === 'loopback' ? await loopback() : await emulator(mode === 'emulator-file');
  reply(info);
  process.stdin.resume();
  process.stdin.on('end', () => void close().then(() => process.exit(0)));
} catch (error) {
  reply({ error: error instanceof Error ? error.message : String(error) });
  process.exit(0);
}
