import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubAnchor } from '../../generator/model/naming.js';
import { chromiumMissing, launchChromium } from '../support/chromium.js';
import { loadSpecModel, root } from '../support/spec.js';

const { doc, operations } = loadSpecModel();
const operationIds = operations.map((op) => op.operationId);
const tagSlugs = (doc.tags ?? []).map((tag) => tag.name.toLowerCase().replace(/ /g, '-'));
const pageUrl = pathToFileURL(path.join(root, 'generated', 'docs', 'index.html')).href;
const artifacts = path.join(root, 'test', 'artifacts');

let browser: Browser;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

/** Redoc routes by hash: `#/<tag slug>` lists a section's operations, `#/<tag slug>/<operationid>` shows one. */
async function open(hash: string): Promise<void> {
  await page.goto(`${pageUrl}#${hash}`);
  await page.waitForSelector('[data-section-id]', { timeout: 30_000 });
}

beforeAll(async () => {
  if (chromiumMissing) return;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await open('/');
}, 60_000);
afterAll(() => browser?.close());

describe('generated/docs/index.html opened from disk', () => {
  it('has Chromium to open it with', () => {
    expect(chromiumMissing).toBeUndefined();
  });

  it('lists every operation of the spec under its section', async () => {
    const listed: string[] = [];
    for (const slug of tagSlugs) {
      await open(`/${slug}`);
      const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''));
      const operationLink = new RegExp(`^#/${slug}/([a-z0-9]+)$`);
      listed.push(...hrefs.flatMap((href) => operationLink.exec(href)?.[1] ?? []));
    }
    expect([...new Set(listed)].sort()).toEqual(operationIds.map((id) => githubAnchor(id)).sort());
    expect(operationIds).toHaveLength(111);
  }, 120_000);

  it("shows the seed operation's TypeScript and cloud-connect samples, and its example request as the payload", async () => {
    await open('/cloud-connections/updatecloudconnection');
    const section = page.locator('[data-section-id="/cloud-connections/updatecloudconnection"]');
    await section.getByText('cc.updateCloudConnection').first().waitFor({ timeout: 20_000 });
    expect(await section.innerText()).toContain("name: 'new cloud-connection name'");
    await section.locator('button', { hasText: /^TypeScript$/ }).first().click();
    await page.getByRole('option', { name: 'cloud-connect' }).or(page.getByRole('menuitem', { name: 'cloud-connect' })).first().click();
    await section.getByText('cloud-connect cloud-connections update').first().waitFor({ timeout: 10_000 });
    expect((await section.innerText()).replace(/\s+/g, ' ')).toContain('--id 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6 \\ --name "new cloud-connection name"');
    await section.locator('button', { hasText: /^cloud-connect$/ }).first().click();
    await page.getByRole('option', { name: 'Payload' }).or(page.getByRole('menuitem', { name: 'Payload' })).first().click();
    await section.getByText('"new cloud-connection description"').first().waitFor({ timeout: 10_000 });
    const payload = (await section.innerText()).replace(/\s+/g, ' ');
    expect(payload).toContain('Payload { "cloud_connection": { "name": "new cloud-connection name", "description": "new cloud-connection description" } }');
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'docs-UpdateCloudConnection.png') });
  });

  it('raised no page error and asked nothing of the network', () => {
    expect(pageErrors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  });
});
