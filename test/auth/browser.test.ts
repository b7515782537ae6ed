import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCredentials } from '../../src/auth/index.js';
import { runClientCase, type ClientCase, type ClientResult } from './support/signing-fixture.js';
import { startGateway, type Arrival, type Gateway } from './support/gateway.js';
import { chromiumMissing, launchChromium } from '../support/chromium.js';

const AK = 'HPUAEXAMPLEAK0000001';
const SK = 'exampleSecretKey0000000000000000000000001';
const DOMAIN = '0123456789abcdef0123456789abcdef';

type BrowserApi = {
  runClientCase: typeof runClientCase;
  runOperation: (origin: string, accessKey: string, secretKey: string, domainId: string, id: string, name: string) => Promise<unknown>;
  isSecureContext: boolean;
};

let gateway: Gateway;
let browser: Browser | undefined;
let page: Page;
let bundleInputs: string[];
let authBundleInputs: string[];

async function bundle(entry: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]?.text ?? '', inputs: Object.keys(result.metafile.inputs).sort() };
}

// Fails every test by name rather than letting a failed beforeAll report them as skipped.
beforeEach(() => {
  if (chromiumMissing !== undefined) throw new Error(chromiumMissing);
});

beforeAll(async () => {
  if (chromiumMissing !== undefined) return;
  const page_ = await bundle('test/auth/support/browser-entry.ts');
  bundleInputs = page_.inputs;
  authBundleInputs = (await bundle('src/auth/index.ts')).inputs;
  gateway = await startGateway({
    keys: [createCredentials({ accessKey: AK, secretKey: SK })],
    route(request, response) {
      if (request.url === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>');
        return true;
      }
      if (request.url === '/page.js') {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        response.end(page_.code);
        return true;
      }
      return false;
    },
  });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${gateway.origin}/`);
  await page.waitForFunction(() => 'ccAuth' in globalThis);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
});

function inBrowser(c: ClientCase, capture: boolean): Promise<ClientResult> {
  return page.evaluate(
    ([c, capture]) => ((globalThis as unknown as { ccAuth: BrowserApi }).ccAuth).runClientCase(c, capture),
    [c, capture] as const,
  );
}

const base = { baseUrl: 'https://cc.myhuaweicloud.com', accessKey: AK, secretKey: SK, domainId: DOMAIN, date: '20240102T030405Z' };

describe('the signer in headless Chromium (esbuild bundle, Web Crypto only)', () => {
  it('bundles for the browser from src/auth and src/encoding alone: no Node built-ins', () => {
    // #digest resolves to the Web Crypto module under the browser condition; digest-node.ts is Node's alone.
    expect(authBundleInputs).toEqual([
      'src/auth/canonical.ts',
      'src/auth/credentials.ts',
      'src/auth/digest-web.ts',
      'src/auth/index.ts',
      'src/auth/middleware.ts',
      'src/auth/signer.ts',
      'src/auth/verify.ts',
      'src/encoding.ts',
    ]);
    expect(bundleInputs.filter((input) => input.startsWith('node:'))).toEqual([]);
  });

  it('runs in a secure context, where crypto.subtle exists', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as { ccAuth: BrowserApi }).ccAuth.isSecureContext)).toBe(true);
  });

  it.each<[string, ClientCase, string | null]>([
    [
      'vector 1: PUT with a unicode JSON body',
      {
        ...base,
        method: 'PUT',
        id: '2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6',
        body: { cloud_connection: { name: 'cc-prod', description: 'Beijing ⇄ Frankfurt, naïve 云连接' } },
      },
      'SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders=content-type;host;x-domain-id;x-sdk-date, Signature=b14f6a1b182db2f824053d7872d032b94cf63b720c3c987240c4a3978b28b5da',
    ],
    [
      'vector 4 (quirk), single encoding',
      { ...base, method: 'GET', id: 'name with space' },
      'SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders=content-type;host;x-domain-id;x-sdk-date, Signature=a204e73405d463cf1de3ab93ea8e21b57ef7be637b4401ecbf1b844ddd8c905d',
    ],
    [
      'temporary credentials, unicode path and repeated query keys',
      {
        ...base,
        method: 'GET',
        id: 'cc:id@x(1)é~v2',
        query: { name: ['my cloud conn', 'café 云 & more'], limit: '10' },
        securityToken: 'tempSecurityToken+/=',
      },
      null,
    ],
  ])('%s: same Authorization in Chromium as in Node', async (_name, c, expected) => {
    const node = await runClientCase(c, true);
    const chromium = await inBrowser(c, true);

    expect(chromium).toEqual(node);
    expect(chromium.sdkDate).toBe('20240102T030405Z');
    if (expected !== null) expect(chromium.authorization).toBe(expected);
    else expect(chromium.authorization).toMatch(/^SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders=content-type;host;x-domain-id;x-sdk-date;x-security-token, Signature=[\da-f]{64}$/);
  });

  it('a request the page sends through openapi-fetch verifies at the loopback gateway', async () => {
    const result = await inBrowser(
      { baseUrl: gateway.origin, method: 'PUT', id: 'from-browser é', accessKey: AK, secretKey: SK, domainId: DOMAIN, body: { cloud_connection: { name: '浏览器 ⇄' } } },
      false,
    );

    expect(result.status).toBe(200);
    const arrival = result.data as Arrival;
    expect(arrival.verdict).toEqual({ ok: true, accessKey: AK, signedHeaders: ['content-type', 'host', 'x-domain-id', 'x-sdk-date'] });
    expect(arrival.url).toBe(`/v3/${DOMAIN}/ccaas/cloud-connections/from-browser%20%C3%A9`);
    expect(arrival.body).toBe('{"cloud_connection":{"name":"浏览器 ⇄"}}');
  });

  it("the client's operation method (fetch sender, Web Crypto signing) sends a request that verifies at the loopback gateway", async () => {
    const arrival = (await page.evaluate(
      ([origin, ak, sk, domain]) => (globalThis as unknown as { ccAuth: BrowserApi }).ccAuth.runOperation(origin, ak, sk, domain, 'from-browser é', '浏览器 ⇄'),
      [gateway.origin, AK, SK, DOMAIN] as const,
    )) as Arrival;
    expect(arrival.verdict).toEqual({ ok: true, accessKey: AK, signedHeaders: ['content-type', 'host', 'x-domain-id', 'x-sdk-date'] });
    expect(arrival.url).toBe(`/v3/${DOMAIN}/ccaas/cloud-connections/from-browser%20%C3%A9`);
    expect(arrival.body).toBe('{"cloud_connection":{"name":"浏览器 ⇄"}}');
  });
});
