import { readFileSync } from 'node:fs';
import type { CliCommand, CliFlag } from './table.js';
import { UsageError } from './errors.js';

/** Path and query parameters by name plus the body, the shape every client method takes. */
export type CallArgs = Record<string, unknown> & { body?: unknown };

/** Turns one flag value as typed into the JSON value the schema checks; a wrong type is left for the schema to name. */
function convert(flag: CliFlag, raw: string, operationId: string): unknown {
  switch (flag.type) {
    case 'integer':
    case 'number':
      return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'json':
      try {
        return JSON.parse(raw);
      } catch {
        const shorthand = parseShorthand(raw);
        if (shorthand) return shorthand;
        throw new UsageError(`${operationId}: --${flag.flag} takes JSON or key=value pairs, e.g. --${flag.flag} key=env,value=prod or '{"key":"env","value":"prod"}'; got ${JSON.stringify(raw)}.`);
      }
    default:
      return raw;
  }
}

/** `key=env,value=prod` → `{ key: 'env', value: 'prod' }`: objects of plain strings without typing JSON. */
export function parseShorthand(raw: string): Record<string, string> | undefined {
  const pairs = raw.split(',').map((part) => /^([A-Za-z_][\w-]*)=(.*)$/s.exec(part));
  if (pairs.some((pair) => pair === null)) return undefined;
  return Object.fromEntries(pairs.map((pair) => [pair![1]!, pair![2]!]));
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = (typeof next === 'object' && next !== null && !Array.isArray(next) ? next : (node[key] = {})) as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/** Reads `--body-json` from a file, or from standard input when it is `-`. */
export function readBodyJson(source: string, operationId: string): unknown {
  let text: string;
  try {
    text = readFileSync(source === '-' ? 0 : source, 'utf8');
  } catch (error) {
    throw new UsageError(`${operationId}: cannot read --body-json ${source}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${operationId}: --body-json ${source} is not JSON: ${(error as Error).message}`);
  }
}

/**
 * The arguments of the client call: flags by their parameter name or body path. Field flags are laid over the
 * `--body-json` body, so a file can hold the common part and flags change one field.
 */
export function buildArgs(command: CliCommand, values: ReadonlyMap<CliFlag, string[]>, bodyJson: unknown): CallArgs {
  const args: CallArgs = {};
  let body: Record<string, unknown> | undefined = bodyJson === undefined ? undefined : (structuredClone(bodyJson) as Record<string, unknown>);
  for (const [flag, raws] of values) {
    const converted = raws.map((raw) => convert(flag, raw, command.operationId));
    const value = flag.array ? converted : converted[converted.length - 1];
    if (flag.in === 'body') setPath((body ??= {}), flag.key, value);
    else args[flag.key] = value;
  }
  // Some services refuse a POST without a body even when every field is optional: send an empty object.
  if (body === undefined && command.body) body = {};
  if (body !== undefined) args.body = body;
  return args;
}

/** An empty body for `--generate-skeleton`: every field the flags know, with a placeholder of its type. */
export function skeleton(command: CliCommand): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const flag of command.flags.filter((f) => f.in === 'body')) {
    const scalar = flag.enum ? flag.enum[0] : flag.type === 'integer' || flag.type === 'number' ? 0 : flag.type === 'boolean' ? false : flag.type === 'json' ? {} : '';
    setPath(body, flag.key, flag.array ? [] : scalar);
  }
  return body;
}
