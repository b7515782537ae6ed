import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildContext, Step } from '../context.js';
import { BuildError } from '../context.js';

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(path.join(dir, entry.name), relative)));
    else files.push(relative);
  }
  return files.sort();
}

/** Normalises every file the same way, so output never depends on the platform that built it. */
function normalise(content: string): string {
  const lf = content.replace(/\r\n/g, '\n');
  return lf.endsWith('\n') ? lf : `${lf}\n`;
}

/** Lists how `generated/` differs from what the build produced: stale, missing and extra files. */
async function compareGenerated(ctx: BuildContext): Promise<string[]> {
  const dir = path.join(ctx.root, 'generated');
  const onDisk = await listFiles(dir);
  const problems: string[] = [];
  for (const [file, content] of [...ctx.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!onDisk.includes(file)) problems.push(`missing: generated/${file}`);
    else if ((await readFile(path.join(dir, file), 'utf8')) !== normalise(content)) problems.push(`stale: generated/${file}`);
  }
  for (const file of onDisk) if (!ctx.files.has(file)) problems.push(`unexpected: generated/${file}`);
  return problems;
}

/**
 * Replaces `generated/` as a whole: the new tree is written beside it and swapped in by rename, so a
 * failed build leaves the committed files as they were and removed operations do not linger.
 */
export const write: Step = {
  name: 'write',
  async run(ctx) {
    if (ctx.check) {
      const problems = await compareGenerated(ctx);
      if (problems.length > 0) {
        throw new BuildError(`generated/ is out of date with openapi/ and generator/; run \`npm run build\` and commit the result:\n  ${problems.join('\n  ')}`);
      }
      return;
    }
    const staging = path.join(ctx.scratchDir, 'generated');
    for (const [file, content] of ctx.files) {
      const target = path.join(staging, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, normalise(content));
    }
    const live = path.join(ctx.root, 'generated');
    const retired = path.join(ctx.scratchDir, 'generated-previous');
    await rm(retired, { recursive: true, force: true });
    try {
      await rename(live, retired);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await rename(staging, live);
  },
};
