import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot, type BuildContext, type Step } from './context.js';

/**
 * Input hashing, so a build redoes only what its inputs changed. Keys hash file contents with LF line ends (never
 * times or absolute paths), so a fresh clone on any platform computes the keys the committed record holds.
 */

/** Under generated/: the input key of each cached step, as of the build that wrote generated/. Committed. */
export const RECORD_FILE = 'build-inputs.json';

const require = createRequire(import.meta.url);

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else files.push(full);
  }
  return files;
}

/** Hashes files and folders (recursively) under `base` by relative path and LF-normalised content; missing ones count as empty. */
export async function hashFiles(base: string, entries: readonly string[]): Promise<string> {
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

function toolVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

export interface CachePolicy {
  /** Generator files (relative to the project root) whose code decides the step's output. */
  sources: readonly string[];
  /** npm packages whose version decides the output. */
  tools: readonly string[];
  /** What the step reads from the spec or from earlier steps, as text. */
  inputs(ctx: BuildContext): Promise<string> | string;
  /** Files under generated/ the step produces (with `local`, paths under the project root that must exist). */
  outputs: readonly string[];
  /**
   * Its output is not committed (dist/), so its key is kept in a git-ignored stamp beside the project's scratch
   * files instead of generated/'s record, and nothing is restored into the context.
   */
  local?: boolean;
  /** Puts what the step leaves in the context back from its outputs, read from generated/. */
  restore?(ctx: BuildContext): void;
}

export interface CachedStep extends Step {
  readonly cache: CachePolicy;
}

export function cached(step: Step, cache: CachePolicy): CachedStep {
  return { ...step, cache };
}

export async function stepKey(ctx: BuildContext, step: CachedStep): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${step.name}\0${step.cache.tools.map((tool) => `${tool}@${toolVersion(tool)}`).join(' ')}\0`);
  hash.update(await hashFiles(projectRoot, step.cache.sources));
  hash.update(await step.cache.inputs(ctx));
  return hash.digest('hex');
}

/** The split spec and its Redocly config: what lint and bundle read. */
export async function specInputs(ctx: BuildContext): Promise<string> {
  return hashFiles(ctx.root, [path.dirname(ctx.specEntry), ctx.redoclyConfig]);
}

const localRecordFile = (root: string) => path.join(root, '.tmp', 'build-inputs.local.json');

async function readJson(file: string): Promise<Record<string, string>> {
  return readFile(file, 'utf8').then((text) => JSON.parse(text) as Record<string, string>, () => ({}));
}

/** The keys of the build that made generated/ (committed) and dist/ (local), by step name. */
export async function readRecord(root: string): Promise<Record<string, string>> {
  const [committed, local] = await Promise.all([readJson(path.join(root, 'generated', RECORD_FILE)), readJson(localRecordFile(root))]);
  return { ...committed, ...Object.fromEntries(Object.entries(local).map(([step, key]) => [`local:${step}`, key])) };
}

/** Notes a local step's key once it has run, so the next build can skip it. */
export async function recordLocal(root: string, step: string, key: string): Promise<void> {
  const local = await readJson(localRecordFile(root));
  await mkdir(path.dirname(localRecordFile(root)), { recursive: true });
  await writeFile(localRecordFile(root), JSON.stringify({ ...local, [step]: key }, null, 2));
}

/**
 * Restores the step's outputs from generated/ when the record says they were made from the same inputs. Never in
 * `--check`, which must prove generated/ by rendering it again.
 */
export async function reuse(ctx: BuildContext, step: CachedStep, key: string, record: Record<string, string>): Promise<boolean> {
  if (ctx.check || ctx.force || record[step.cache.local ? `local:${step.name}` : step.name] !== key) return false;
  if (step.cache.local) return step.cache.outputs.every((file) => existsSync(path.join(ctx.root, file)));
  const dir = path.join(ctx.root, 'generated');
  if (!step.cache.outputs.every((file) => existsSync(path.join(dir, file)))) return false;
  for (const file of step.cache.outputs) ctx.files.set(file, await readFile(path.join(dir, file), 'utf8'));
  step.cache.restore?.(ctx);
  return true;
}

/** Everything `npm start` needs built: if none of it changed since the last build, start skips the build. */
const START_INPUTS = ['openapi', 'generator', 'src', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
const startStamp = (root: string) => path.join(root, '.tmp', 'start-inputs.sha256');

export async function startInputsKey(root: string): Promise<string> {
  return hashFiles(root, START_INPUTS);
}

export async function isBuildCurrent(root: string, key: string): Promise<boolean> {
  const stamp = await readFile(startStamp(root), 'utf8').catch(() => '');
  return stamp === key && existsSync(path.join(root, 'dist')) && existsSync(path.join(root, 'generated', 'openapi.json'));
}

export async function recordBuild(root: string, key: string): Promise<void> {
  await mkdir(path.dirname(startStamp(root)), { recursive: true });
  await writeFile(startStamp(root), key);
}
