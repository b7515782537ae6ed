import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root } from '../support/spec.js';

/** An application that creates the client and sends one update, bundled as a browser app would be. */
const APP = `import { createCloudConnectClient } from './src/index.ts';
const cc = createCloudConnectClient({ domainId: '0123456789abcdef0123456789abcdef', credentials: { accessKey: 'AK', secretKey: 'SK' } });
export const result = await cc.updateCloudConnection({ id: 'x', body: { cloud_connection: { name: 'n' } } });`;

async function bundleFor(platform: 'browser' | 'node') {
  const result = await build({
    stdin: { contents: APP, resolveDir: root, sourcefile: 'app.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  return { code: result.outputFiles[0]?.text ?? '', inputs: Object.keys(result.metafile.inputs).sort(), imports: output?.imports ?? [] };
}

describe('a browser bundle of an application using the client (esbuild, platform browser)', () => {
  it('imports nothing from node: and ships neither openapi-fetch, the paging and waiter tables nor the redacting credential classes', async () => {
    const { code, inputs, imports } = await bundleFor('browser');
    expect(imports).toEqual([]);
    expect(inputs.filter((input) => input.startsWith('node:') || input.includes('node_modules'))).toEqual([]);
    // Node's modules are reached through process.getBuiltinModule at run time, never through an import.
    expect(code).not.toMatch(/\b(from|import|require)\s*\(?\s*["']node:/);
    expect(code).not.toContain('itemsKey');
    expect(code).not.toContain('RESTORING');
    // The client keeps a plain checked copy of the credentials; the redacting classes are for callers' own copies.
    expect(code).not.toContain('AccessKeyCredentials');
    expect(code).toContain('\nUpdateCloudConnection /v3/{domain_id}/ccaas/cloud-connections/{id}\n');
  });

  it.each([
    { platform: 'browser', want: { sender: 'src/senders/default-fetch.ts', digest: 'src/auth/digest-web.ts', nodeSender: false, nodeHttp: false, nodeCrypto: false } },
    { platform: 'node', want: { sender: 'src/senders/default-node.ts', digest: 'src/auth/digest-node.ts', nodeSender: true, nodeHttp: true, nodeCrypto: true } },
  ] as const)('#sender and #digest resolve for platform $platform to $want.sender and $want.digest', async ({ platform, want }) => {
    const { code, inputs } = await bundleFor(platform);
    expect({
      sender: inputs.find((input) => input.startsWith('src/senders/default-')),
      // digest-node.ts imports digest-web.ts (its fallback without node:crypto), so the node bundle holds both.
      digest: inputs.find((input) => input.startsWith('src/auth/digest-n')) ?? inputs.find((input) => input.startsWith('src/auth/digest-')),
      nodeSender: inputs.includes('src/senders/node.ts'),
      nodeHttp: code.includes('node:http'),
      nodeCrypto: code.includes('node:crypto'),
    }).toEqual(want);
  });
});
