import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenApiDocument, SpecModel } from '../src/spec/index.js';
import type { ViewModel } from './model/types.js';

/** Everything the steps share. Each step reads what earlier steps left here and adds its own output. */
export interface BuildContext {
  /** Project root; every path below is relative to it unless absolute. */
  readonly root: string;
  /** `--check`: render in memory and compare with `generated/` instead of writing. */
  readonly check: boolean;
  /** `--force`: run every step even when its inputs are those of the last build. */
  readonly force: boolean;
  readonly specEntry: string;
  readonly redoclyConfig: string;
  /** Scratch folder inside the project (git-ignored), removed at the end of the build. */
  readonly scratchDir: string;
  bundle?: OpenApiDocument;
  /** The spec model of the bundle (`src/spec/`), read once by the model step. */
  spec?: SpecModel;
  model?: ViewModel;
  /** Files under `generated/`, by path relative to it, with their full content. */
  readonly files: Map<string, string>;
  /** Code samples by operationId, rendered once for the Markdown pages and the HTML reference. */
  readonly samples: Map<string, CodeSamples>;
}

export interface CodeSamples {
  typescript: string;
  curl: string;
  /** The `cloud-connect` command line. */
  cli: string;
}

export interface Step {
  readonly name: string;
  /** Steps that only matter for a real build (writing, compiling) are skipped by `--check`. */
  readonly skipOnCheck?: boolean;
  run(ctx: BuildContext): Promise<void>;
}

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function createContext(options: { root?: string; check?: boolean; force?: boolean; specEntry?: string; redoclyConfig?: string } = {}): BuildContext {
  const root = options.root ?? projectRoot;
  return {
    root,
    check: options.check ?? false,
    force: options.force ?? false,
    specEntry: options.specEntry ?? 'openapi/openapi.yaml',
    redoclyConfig: options.redoclyConfig ?? 'openapi/redocly.yaml',
    scratchDir: path.join(root, '.tmp', `build-${process.pid}`),
    files: new Map(),
    samples: new Map(),
  };
}

/** A failure the build reports as it is, without a stack trace. */
export class BuildError extends Error {
  override name = 'BuildError';
}
