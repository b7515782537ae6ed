import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../generator/context.js';
import { endRedocly, redoclyProcessCount, runRedocly } from '../../generator/steps/redocly.js';
import { root } from '../support/spec.js';

const dir = path.join(root, '.tmp', 'redocly-tests');
const context = () => createContext({ root: dir, specEntry: 'openapi.yaml', redoclyConfig: 'redocly.yaml' });

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(path.join(root, 'test', 'fixtures', 'tiny'), dir, { recursive: true });
  const spec = await readFile(path.join(dir, 'openapi.yaml'), 'utf8');
  await writeFile(path.join(dir, 'broken.yaml'), spec.replace("'#/components/schemas/WidgetResponseBody'", "'#/components/schemas/NoSuchBody'"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** What a command came to: `ok` and Redocly's report, or `failed` and the build error's message. */
const outcome = (command: Promise<string>) =>
  command.then(
    (report) => ['ok', report],
    (error: Error) => ['failed', error.message],
  );

describe('runRedocly (generator/steps/redocly.ts): Redocly commands in reusable processes', () => {
  it('runs commands one after another in one process, a failed one leaving the next unharmed', async () => {
    const ctx = context();
    try {
      const results = [];
      for (const args of [['lint', 'broken.yaml'], ['lint', 'openapi.yaml'], ['bundle', 'openapi.yaml', '--output', 'out.json', '--ext', 'json']]) {
        results.push(await outcome(runRedocly(ctx, args)));
      }
      expect(results.map(([status]) => status)).toEqual(['failed', 'ok', 'ok']);
      // The same report as the CLI's own: the problem with its file, line and column, and no Node 20 banner.
      expect(results[0]?.[1]).toMatch(/^redocly lint failed:\n/);
      expect(results[0]?.[1]).toMatch(/broken\.yaml:\d+:\d+ .*\n\nCan't resolve \$ref/);
      expect(results[0]?.[1]).not.toMatch(/Node\.js 20/);
      expect(results[1]?.[1]).toMatch(/Your API description is valid/);
      expect(JSON.parse(await readFile(path.join(dir, 'out.json'), 'utf8')).info.title).toBe('Tiny fixture');
      expect(redoclyProcessCount(ctx)).toBe(1);
    } finally {
      await endRedocly(ctx);
    }
    expect(redoclyProcessCount(ctx)).toBe(0);
  }, 60_000);

  it('starts a second process only for a command that comes while the first is busy', async () => {
    const ctx = context();
    try {
      const together = await Promise.all([outcome(runRedocly(ctx, ['lint', 'openapi.yaml'])), outcome(runRedocly(ctx, ['lint', 'broken.yaml']))]);
      const countTogether = redoclyProcessCount(ctx);
      const after = await outcome(runRedocly(ctx, ['lint', 'openapi.yaml']));
      expect([together.map(([status]) => status), countTogether, after[0], redoclyProcessCount(ctx)]).toEqual([['ok', 'failed'], 2, 'ok', 2]);
    } finally {
      await endRedocly(ctx);
    }
  }, 60_000);
});
