import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildError, createContext } from '../../generator/context.js';
import { build } from '../../generator/index.js';
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
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(['lint', 'bundle', 'model', 'render', 'cli', 'types', 'docs-html']);
  });
});
