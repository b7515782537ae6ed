import { afterEach, describe, expect, it } from 'vitest';
import { scriptedServer, type Script } from '../support/scripted-server.js';
import { cli, DEMO } from './support.js';

const ID = '2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const GCN = '0ede6ea0-d272-4a0b-b915-e35231272f17';
let close: (() => Promise<void>) | undefined;

afterEach(async () => {
  await close?.();
  close = undefined;
});

async function against(script: Script[]) {
  const server = await scriptedServer(script);
  close = server.close;
  return { server, env: { ...DEMO, CLOUD_CONNECT_ENDPOINT: server.url } };
}

const apiError = (status: number, code: string) => ({ status, body: { error_code: code, error_msg: `answer ${status}`, request_id: `rid-${status}` }, headers: { 'X-Request-Id': `rid-${status}` } });

describe('exit codes and error output', { timeout: 120_000 }, () => {
  it.each([
    ['an API 4xx', [apiError(404, 'CC.1404')], 3, 'error: ShowCloudConnection failed with HTTP 404\n  error_code: CC.1404\n  error_msg:  answer 404\n  request_id: rid-404\n'],
    ['an API 5xx (after retries)', [apiError(500, 'CC.9999')], 4, 'error: ShowCloudConnection failed with HTTP 500\n  error_code: CC.9999\n  error_msg:  answer 500\n  request_id: rid-500\n'],
  ])('%s', async (_case, script, code, stderr) => {
    const { env } = await against(script);
    const result = await cli(['cloud-connections', 'show', '--id', ID], env);
    expect(result).toEqual({ code, stdout: '', stderr });
  });

  it('no answer at all exits 4', async () => {
    const result = await cli(['cloud-connections', 'show', '--id', ID, '--endpoint', 'http://127.0.0.1:9'], DEMO);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error: ShowCloudConnection got no answer after \d attempts?: .*Check the endpoint and the network\.\n$/);
  });

  it('a wait that sees a failure state exits 5 with the state named', async () => {
    const network = (state: string) => ({ status: 200, body: { request_id: 'r', central_network: { id: GCN, name: 'n', state } } });
    const { server, env } = await against([{ status: 202, body: { request_id: 'r', central_network: { id: GCN, name: 'n', state: 'CREATING' } } }, network('CREATING'), network('FAILED')]);
    const result = await cli(['central-networks', 'create', '--name', 'n', '--wait', '--wait-interval', '0.05'], env);
    expect(result.code).toBe(5);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('ShowCentralNetwork: the resource reached state FAILED while waiting for AVAILABLE.');
    expect(server.arrivals.map((a) => `${a.method} ${a.url}`)).toEqual([
      'POST /v3/0123456789abcdef0123456789abcdef/gcn/central-networks',
      `GET /v3/0123456789abcdef0123456789abcdef/gcn/central-networks/${GCN}`,
      `GET /v3/0123456789abcdef0123456789abcdef/gcn/central-networks/${GCN}`,
    ]);
  });

  it.each([
    ['reaches a failure state', ['UPDATING', 'FAILED'], '30', 'reached state FAILED while waiting for AVAILABLE.'],
    ['runs out of time', ['UPDATING', 'UPDATING', 'UPDATING', 'UPDATING', 'UPDATING', 'UPDATING', 'UPDATING', 'UPDATING'], '0.3', 'is still state UPDATING after 300 ms waiting for AVAILABLE'],
  ])('a wait on an item inside another answer (a site connection) that %s exits 5 naming the item', async (_case, states, timeout, message) => {
    const SN = '5c8e2a1f-3b4d-4e6f-8a9b-0c1d2e3f4a5b';
    const SC = '7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9';
    const network = (state: string) => ({ status: 200, body: { request_id: 'r', site_network: { id: SN, name: 'n', state: 'AVAILABLE', connections: [{ id: SC, state }] } } });
    const { server, env } = await against([{ status: 202, body: { request_id: 'r', site_connection: { id: SC, state: 'UPDATING' } } }, ...states.map(network)]);
    const result = await cli(['site-to-site-connection', 'update-site-network-bandwidth-size', '--site-network-id', SN, '--site-connection-id', SC, '--bandwidth-size', '5', '--wait', '--wait-interval', '0.05', '--wait-timeout', timeout], env);
    expect(result.code).toBe(5);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`waiting for ShowSiteNetwork site_network.connections ${SC} (AVAILABLE) …\n`);
    expect(result.stderr).toContain(`error: ShowSiteNetwork: ${SC} in site_network.connections ${message}`);
    expect(server.arrivals[0]!.method).toBe('POST');
    expect(server.arrivals.slice(1).every((a) => a.method === 'GET' && a.url === `/v3/${DEMO.HUAWEICLOUD_SDK_DOMAIN_ID}/dcaas/site-networks/${SN}`)).toBe(true);
  });

  it('a wait that runs out of time exits 5 with the last state', async () => {
    const { env } = await against([{ status: 200, body: { request_id: 'r', central_network: { id: GCN, name: 'n', state: 'UPDATING' } } }]);
    const result = await cli(['central-networks', 'update', '--central-network-id', GCN, '--name', 'n', '--wait', '--wait-interval', '0.05', '--wait-timeout', '0.3'], env);
    expect(result.code).toBe(5);
    expect(result.stderr).toContain('ShowCentralNetwork: still state UPDATING after 300 ms waiting for AVAILABLE');
  });

  it('a usage mistake exits 2; --help exits 0', async () => {
    expect((await cli(['no-such-section'], DEMO)).code).toBe(2);
    const help = await cli(['--help'], DEMO);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('cloud-connections                Cloud Connections');
  });
});

describe('--dry-run', { timeout: 120_000 }, () => {
  it('prints the signed request with the signature redacted and a curl equivalent, and sends nothing', async () => {
    const { server, env } = await against([{ status: 200, body: {} }]);
    const result = await cli(['UpdateCloudConnection', '--id', ID, '--name', 'dry', '--dry-run'], env);
    expect(result.code).toBe(0);
    expect(server.arrivals).toEqual([]);
    const url = `${server.url}/v3/${DEMO.HUAWEICLOUD_SDK_DOMAIN_ID}/ccaas/cloud-connections/${ID}`;
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`PUT ${url}`);
    expect(lines[1]).toMatch(/^authorization: SDK-HMAC-SHA256 Access=EMULATORDEMOAK000001, SignedHeaders=content-type;host;x-domain-id;x-sdk-date, Signature=\[redacted\]$/);
    expect(result.stdout).toContain('\n{"cloud_connection":{"name":"dry"}}\n');
    expect(result.stdout).toContain(`curl -X PUT '${url}' \\\n`);
    expect(result.stdout).toContain(`  --data '{"cloud_connection":{"name":"dry"}}'`);
    expect(result.stdout + result.stderr).not.toMatch(/Signature=[0-9a-f]{64}/);
    expect(result.stdout + result.stderr).not.toContain(DEMO.HUAWEICLOUD_SDK_SK);
  });

  it('redacts a security token too', async () => {
    const result = await cli(['cloud-connections', 'list', '--dry-run'], { ...DEMO, HUAWEICLOUD_SDK_SECURITY_TOKEN: 'sts-token-value' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('x-security-token: [redacted]');
    expect(result.stdout).not.toContain('sts-token-value');
  });

  it('works without credentials, signing with a placeholder key it names', async () => {
    const result = await cli(['cloud-connections', 'show', '--id', ID, '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Access=DRYRUNACCESSKEY');
    expect(result.stderr).toBe('note: signed with placeholder credentials; configure some to see your own access key.\n');
  });
});

describe('a reader that closes the pipe early', () => {
  it('ends the command quietly: `cloud-connect --help | head -n 1` prints one line, no EPIPE trace, exit 0', async () => {
    const { execFile } = await import('node:child_process');
    const { bin } = await import('./support.js');
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" --help | head -n 1`], { timeout: 30_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      });
    });
    expect(result).toEqual({ code: 0, stdout: 'Usage: cloud-connect <section> <operation> [flags]   (or: cloud-connect <OperationId> [flags])\n', stderr: '' });
  });
});
