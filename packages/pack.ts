// Packing and installing the packages as a user would: used by test/package, test/runtimes and bench/footprint.ts.
import { execFile } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { packages } from './packages.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const run = promisify(execFile);

/**
 * The environment for an npm child: without the `npm_*` variables of the `npm test` that started us, which would
 * otherwise steer the child (workspace, prefix) as if it ran in this repository.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_'))), ...extra };
}

export interface Packed {
  name: string;
  tarball: string;
  /** Paths inside the tarball. */
  files: string[];
  bytes: number;
  unpackedBytes: number;
}

/**
 * `npm pack`s every package of packages.ts, built beforehand (by `npm run build`, or by `buildPackages(root, from)`
 * when packing a build made elsewhere).
 */
export async function packAll(destination: string, from: string = repositoryRoot): Promise<Map<string, Packed>> {
  await mkdir(destination, { recursive: true });
  const packed = await Promise.all(
    packages.map(async (pkg) => {
      const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', destination], { cwd: path.join(from, pkg.dir), env: cleanEnv() });
      const [info] = JSON.parse(stdout) as { name: string; filename: string; files: { path: string }[]; size: number; unpackedSize: number }[];
      if (info === undefined) throw new Error(`npm pack printed nothing for ${pkg.dir}`);
      return { name: info.name, tarball: path.join(destination, info.filename), files: info.files.map((f) => f.path).sort(), bytes: info.size, unpackedBytes: info.unpackedSize };
    }),
  );
  return new Map(packed.map((p) => [p.name, p]));
}

/**
 * Installs tarballs into `project` (created empty) as a user would, from the registry or npm's cache, and returns
 * the installed package names.
 */
export async function installInto(project: string, tarballs: string[]): Promise<string[]> {
  await mkdir(project, { recursive: true });
  await run('npm', ['init', '-y'], { cwd: project, env: cleanEnv() });
  await run('npm', ['pkg', 'set', 'type=module'], { cwd: project, env: cleanEnv() });
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], { cwd: project, env: cleanEnv(), maxBuffer: 16 * 1024 * 1024 });
  return installedPackages(path.join(project, 'node_modules'));
}

async function installedPackages(nodeModules: string): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(nodeModules, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || !entry.isDirectory()) continue;
    if (entry.name.startsWith('@')) names.push(...(await readdir(path.join(nodeModules, entry.name))).map((scoped) => `${entry.name}/${scoped}`));
    else names.push(entry.name);
  }
  return names.sort();
}
