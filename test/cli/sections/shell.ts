import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { findCommand } from '../../../src/cli/commands.js';
import { createSpecModel, type OpenApiDocument, type SpecModel, type SpecOperation } from '../../../src/spec/index.js';
import { cli, root, tempHome, type Result } from '../support.js';

/** The kinds of step the acceptance asks of every section's scenario. */
export const KINDS = ['create', 'list', 'update', 'tag', 'delete', 'wait'] as const;
export type Kind = (typeof KINDS)[number];

export const spec: SpecModel = createSpecModel(JSON.parse(readFileSync(path.join(root, 'generated/openapi.json'), 'utf8')) as OpenApiDocument);

/**
 * What kind of step an operation is, read from the spec model: `create`/`update`/`delete` by the operationId's
 * verb, `list` for a List… with a page of items, `tag` for an operation that adds tags (its tag shape), `wait` for
 * an asynchronous one: a 202 answer, or a create whose answer has a lifecycle state to wait for.
 */
export function kindsOf(op: SpecOperation): Kind[] {
  const shape = spec.tagShapes.get(op.operationId);
  const adds = shape !== undefined && (shape.kind === 'tag' || (shape.kind === 'item-tags' && (shape.mode === 'add' || shape.mode === 'by-action')));
  const flags: Record<Kind, boolean> = {
    create: /^Create/.test(op.operationId),
    list: op.pagination !== null,
    update: /^Update/.test(op.operationId),
    tag: adds,
    delete: /^Delete/.test(op.operationId),
    wait: op.successStatus === 202 || (/^Create/.test(op.operationId) && op.state !== null),
  };
  return KINDS.filter((kind) => flags[kind]);
}

/** The kinds the spec gives a section (by its title, the spec's tag). */
export function sectionKinds(title: string): Kind[] {
  const kinds = new Set(spec.operations.filter((op) => op.section === title).flatMap(kindsOf));
  return KINDS.filter((kind) => kinds.has(kind));
}

/** Progress of `--wait` on stderr when it is not a terminal: the start line and the end line, nothing else. */
const WAIT_PROGRESS = /^waiting for \w+( [\w.]+ [\w-]+)? \([\w ]+\) …\ndone after \d+\.\d s( \(\d+ polls\)|: the (resource|item) is gone)\.\n$/;

/**
 * Runs `cloud-connect` against the emulator as a child process and records, per section, the kinds of step that
 * succeeded: a list counts when it ran with `--all` and `--query`, an asynchronous operation when with `--wait`.
 */
export class Shell {
  readonly ran = new Map<string, Set<Kind>>();
  private readonly home = tempHome();

  constructor(private readonly env: Record<string, string>) {}

  async run(args: string[], input?: string): Promise<Result> {
    const result = await cli(args, { ...this.env, XDG_CONFIG_HOME: this.home }, input);
    const found = findCommand(args);
    if (result.code === 0 && found) {
      const kinds = kindsOf(spec.operation(found.command.operationId)).filter(
        (kind) => (kind !== 'list' || (args.includes('--all') && args.includes('--query'))) && (kind !== 'wait' || args.includes('--wait')),
      );
      const seen = this.ran.get(found.command.section) ?? new Set<Kind>();
      kinds.forEach((kind) => seen.add(kind));
      this.ran.set(found.command.section, seen);
    }
    return result;
  }

  /**
   * Runs a command that must succeed: exit 0, the answer (JSON) alone on stdout, and on stderr nothing, or the
   * progress of `--wait`. Resolves to the parsed answer (undefined when stdout is empty, e.g. after a 204).
   */
  async ok<T = any>(args: string[], input?: string): Promise<T> {
    const result = await this.run(args, input);
    expect(result.code, `cloud-connect ${args.join(' ')}\n${result.stderr}`).toBe(0);
    if (args.includes('--wait')) expect(result.stderr).toMatch(WAIT_PROGRESS);
    else expect(result.stderr).toBe('');
    return (result.stdout === '' ? undefined : JSON.parse(result.stdout)) as T;
  }

  /** Writes a request body for `--body-json` and returns the file's path. */
  body(name: string, value: unknown): string {
    const file = path.join(this.home, `${name}.json`);
    writeFileSync(file, JSON.stringify(value));
    return file;
  }
}

/** A scenario: the steps of one section, run through a Shell. */
export type Scenario = (sh: Shell) => Promise<void>;

/** `--wait` with a short pause between polls, as the emulator settles in a few hundred milliseconds. */
export const WAIT = ['--wait', '--wait-interval', '0.05'];
