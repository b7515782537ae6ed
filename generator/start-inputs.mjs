// Plain JavaScript on purpose: `npm start` runs this check in bare Node, without the TypeScript loader's
// start-up cost, and the build (generator/cache.ts) imports the same code so both compute the same keys.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else files.push(full);
  }
  return files;
}

/**
 * Hashes files and folders (recursively) under `base` by relative path and LF-normalised content, never by time,
 * so every checkout of the same commit computes the same key; missing entries count as empty.
 */
export async function hashFiles(base, entries) {
  const hash = createHash('sha256');
  for (const entry of entries) {
    const full = path.join(base, entry);
    const files = (await stat(full).catch(() => undefined))?.isDirectory() ? await listFiles(full) : existsSync(full) ? [full] : [];
    for (const file of files) {
      hash.update(`${path.relative(base, file).split(path.sep).join('/')}\0`);
      hash.update((await readFile(file, 'utf8')).replace(/\r\n/g, '\n'));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

/** Everything `npm start` needs built: when none of it changed since the last build, start builds nothing. */
const START_INPUTS = ['openapi', 'generator', 'src', 'packages/packages.ts', 'packages/client/package.json', 'packages/emulator/package.json', 'packages/cli/package.json', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
const startStamp = (root) => path.join(root, '.tmp', 'start-inputs.sha256');

export function startInputsKey(root) {
  return hashFiles(root, START_INPUTS);
}

export async function isBuildCurrent(root, key) {
  const stamp = await readFile(startStamp(root), 'utf8').catch(() => '');
  return stamp === key && existsSync(path.join(root, 'packages', 'emulator', 'dist', 'cli.js')) && existsSync(path.join(root, 'generated', 'openapi.json'));
}

/** Called by a successful build with the key of the inputs it started from. */
export async function recordBuild(root, key) {
  await mkdir(path.dirname(startStamp(root)), { recursive: true });
  await writeFile(startStamp(root), key);
}
