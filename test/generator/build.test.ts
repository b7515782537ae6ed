import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildError, createContext } from '../../generator/context.js';
import { readRecord, reuse, stepKey, type CachedStep } from '../../generator/cache.js';
import { build, pipeline } from '../../generator/index.js';
import type { OpenApiDocument } from '../../src/spec/index.js';
import { assertNoUnusedComponents } from '../../generator/steps/unused-components.js';
import { root } from '../support/spec.js';

const sandboxes = path.join(root, '.tmp', 'build-tests');
afterAll(() => rm(sandboxes, { recursive: true, force: true }));

/** A throwaway copy of the project's spec and generated output, to break on purpose. */
async function sandbox(name: string): Promise<string> {
  const dir = path.join(sandboxes, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(path.join(root, 'openapi'), path.join(dir, 'openapi'), { recursive: true });
  await cp(path.join(root, 'generated'), path.join(dir, 'generated'), { recursive: true });
  return dir;
}

describe('npm run build', () => {
  it('stops on a dangling $ref with the file and line, leaving generated/ untouched', async () => {
    const dir = await sandbox('dangling-ref');
    const pathFile = path.join(dir, 'openapi', 'paths', 'ccaas_cloud-connections_{id}.yaml');
    const spec = await readFile(pathFile, 'utf8');
    await writeFile(pathFile, spec.replace('../components/schemas/UpdateCloudConnectionRequestBody.yaml', '../components/schemas/NoSuchSchema.yaml'));
    const before = await readFile(path.join(dir, 'generated', 'client.gen.ts'), 'utf8');
    const lines: string[] = [];

    const failure = await build(createContext({ root: dir }), (line) => lines.push(line)).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(BuildError);
    expect((failure as Error).message).toMatch(/redocly lint failed/);
    expect((failure as Error).message).toMatch(/openapi\/paths\/ccaas_cloud-connections_\{id\}\.yaml:\d+:\d+/);
    expect((failure as Error).message).toContain('NoSuchSchema.yaml');
    expect(lines).toEqual([]);
    expect(await readFile(path.join(dir, 'generated', 'client.gen.ts'), 'utf8')).toBe(before);
  });

  it('--check names the generated files that no longer match the spec', async () => {
    const dir = await sandbox('stale');
    await writeFile(path.join(dir, 'generated', 'docs', 'index.md'), 'edited by hand\n');
    await writeFile(path.join(dir, 'generated', 'leftover.ts'), 'export {};\n');
    await rm(path.join(dir, 'generated', 'README.md'));
    const lines: string[] = [];

    const failure = await build(createContext({ root: dir, check: true }), (line) => lines.push(line)).catch((error: unknown) => error);

    expect((failure as Error).message.split('\n').slice(1).map((l) => l.trim())).toEqual([
      'missing: generated/README.md',
      'stale: generated/docs/index.md',
      'unexpected: generated/leftover.ts',
    ]);
    // Steps finish in any order (independent ones run side by side); --check runs every one, never reusing output.
    expect(lines.map((line) => line.split(/\s+/)[0]).sort()).toEqual(['bundle', 'cli', 'docs-html', 'lint', 'model', 'render', 'types', 'yaml']);
    expect(lines.filter((line) => line.includes('skipped'))).toEqual([]);
  }, 120_000);
});

describe('input keys (generator/cache.ts)', () => {
  const cachedSteps = pipeline.filter((step): step is CachedStep => 'cache' in step && !(step as CachedStep).cache.local);

  it('of the committed record are what this checkout computes, so a fresh clone reuses generated/', async () => {
    const dir = await sandbox('keys-fresh');
    const record = await readRecord(dir);
    const ctx = createContext({ root: dir });
    ctx.files.set('openapi.json', await readFile(path.join(dir, 'generated', 'openapi.json'), 'utf8'));
    const reusable = [];
    for (const step of cachedSteps.filter((s) => s.name !== 'docs-html')) if (await reuse(ctx, step, await stepKey(ctx, step), record)) reusable.push(step.name);
    expect(reusable).toEqual(['lint', 'bundle', 'types', 'yaml']);
  });

  it.each([
    { edit: 'a path file', file: 'openapi/paths/ccaas_cloud-connections_{id}.yaml', changes: ['lint', 'bundle'] },
    { edit: 'the lint-ignore file', file: 'openapi/.redocly.lint-ignore.yaml', changes: ['lint', 'bundle'] },
  ])('change for lint and bundle when $edit changes, and not for a step fed from the bundle', async ({ edit, file, changes }) => {
    const dir = await sandbox(`keys-${edit.replace(/\W+/g, '-')}`);
    const ctx = createContext({ root: dir });
    ctx.files.set('openapi.json', '{}');
    const keysOf = async () => Object.fromEntries(await Promise.all(cachedSteps.filter((s) => s.name !== 'docs-html').map(async (s) => [s.name, await stepKey(ctx, s)] as const)));
    const before = await keysOf();
    await writeFile(path.join(dir, file), `${await readFile(path.join(dir, file), 'utf8')}\n# edited\n`);
    const after = await keysOf();
    expect(Object.keys(before).filter((name) => before[name] !== after[name])).toEqual(changes);
  });
});

describe('the bundle check that replaces the second Redocly lint (steps/unused-components.ts)', () => {
  const docWith = (components: Record<string, Record<string, object>>, paths: object = {}) =>
    ({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths, components }) as unknown as OpenApiDocument;
  const used = { '/a': { get: { operationId: 'ShowA', responses: { '200': { $ref: '#/components/responses/A' } } } } };

  it.each([
    { given: 'every component referenced, one through another', doc: docWith({ responses: { A: { content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } } }, schemas: { A: {} } }, used), want: null },
    { given: 'a schema nothing references', doc: docWith({ responses: { A: {} }, schemas: { Orphan: {} } }, used), want: '#/components/schemas/Orphan' },
    { given: 'security schemes, which requirements name without $ref', doc: docWith({ responses: { A: {} }, securitySchemes: { Token: {} } }, used), want: null },
  ])('$given → $want', ({ doc, want }) => {
    const failure = (() => {
      try {
        assertNoUnusedComponents(doc);
        return null;
      } catch (error) {
        return error as Error;
      }
    })();
    if (want === null) expect(failure).toBeNull();
    else expect([failure instanceof BuildError, failure?.message.split('\n').at(-1)?.trim()]).toEqual([true, want]);
  });
});
