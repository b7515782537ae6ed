import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot, type BuildContext, type Step } from './context.js';
import { hashFiles } from './start-inputs.mjs';

export { hashFiles, isBuildCurrent, recordBuild, startInputsKey } from './start-inputs.mjs';

/**
 * Input hashing, so a build redoes only what its inputs changed. Keys hash file contents with LF line ends (never
 * times or absolute paths), so a fresh clone on any platform computes the keys the committed record holds.
 */

/** Under generated/: the input key of each cached step, as of the build that wrote generated/. Committed. */
export const RECORD_FILE = 'build-inputs.json';

const require = createRequire(import.meta.url);

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

/** `sources`: the hash of the step's generator sources, when the caller started computing it earlier. */
export async function stepKey(ctx: BuildContext, step: CachedStep, sources: Promise<string> = hashFiles(projectRoot, step.cache.sources)): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${step.name}\0${step.cache.tools.map((tool) => `${tool}@${toolVersion(tool)}`).join(' ')}\0`);
  hash.update(await sources);
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
