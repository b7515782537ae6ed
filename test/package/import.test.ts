import { execFile } from 'node:child_process';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/spec.js';

const run = promisify(execFile);
const consumer = path.join(root, '.tmp', 'consumer');

beforeAll(async () => {
  await rm(consumer, { recursive: true, force: true });
  await mkdir(path.join(consumer, 'node_modules'), { recursive: true });
  await symlink(root, path.join(consumer, 'node_modules', 'cloud-connect-kit'), 'dir');
}, 120_000);
afterAll(() => rm(consumer, { recursive: true, force: true }));

describe('the published entry point', () => {
  it('is importable by name from another folder and sends a typed call', async () => {
    await writeFile(
      path.join(consumer, 'main.mjs'),
      `import { createCloudConnectClient, CloudConnectError, operationSpecs } from 'cloud-connect-kit';
const seen = [];
const cc = createCloudConnectClient({
  domainId: '0123456789abcdef0123456789abcdef',
  credentials: { token: 'tok' },
  fetch: async (url, init) => { seen.push(init.method + ' ' + url); return Response.json({ request_id: 'r', cloud_connection: { id: 'x' } }); },
});
const result = await cc.updateCloudConnection({ id: 'x', body: { cloud_connection: { name: 'n' } } });
console.log(JSON.stringify({ seen, result, error: typeof CloudConnectError, ops: Object.keys(operationSpecs).length > 0 }));
`,
    );
    const { stdout } = await run(process.execPath, ['main.mjs'], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual({
      seen: ['PUT https://cc.myhuaweicloud.com/v3/0123456789abcdef0123456789abcdef/ccaas/cloud-connections/x'],
      result: { request_id: 'r', cloud_connection: { id: 'x' } },
      error: 'function',
      ops: true,
    });
  });

  it('ships type declarations that a consumer can compile against', async () => {
    await writeFile(
      path.join(consumer, 'typed.ts'),
      `import { createCloudConnectClient, type CloudConnection } from 'cloud-connect-kit';
const cc = createCloudConnectClient({ domainId: '0123456789abcdef0123456789abcdef', credentials: { token: 't' } });
export async function rename(id: string): Promise<CloudConnection> {
  return (await cc.updateCloudConnection({ id, body: { cloud_connection: { name: 'n' } } })).cloud_connection;
}
`,
    );
    await writeFile(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022', 'DOM'], noEmit: true, skipLibCheck: false, types: [] }, files: ['typed.ts'] }),
    );
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: consumer }).then(
      () => 'compiled',
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe('compiled');
  }, 60_000);
});
