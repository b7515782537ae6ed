/**
 * The reference's `cloud-connect` samples: the same arguments as the TypeScript and curl samples (path and
 * required query values, the request example's body), written as the command's flags when the body is a few
 * plain fields, else as `--body-json -` fed by a here-string (short bodies) or a heredoc (long ones).
 */
import type { CliCommand, CliFlag } from './cli.js';

/** Marks a name the samples make unique per run (see samples.ts); its text never reaches the shell. */
export const UNIQUE_MARK = '\u0000unique:';
const UNIQUE_JSON = /"\\u0000unique:([^"\\]*)"/g;

/** Bodies with more fields than this read better as JSON than as a wall of flags. */
const MAX_BODY_FLAGS = 6;
const MAX_FLAG_VALUE = 80;
/** A here-string holds the body on one line up to this length; longer bodies get a heredoc, one field a line. */
const MAX_INLINE_JSON = 100;
const MAX_LINE = 100;

const SAFE_WORD = /^[\w@%+=:,./-]+$/;

/** A value as one shell word: bare when it can be, double quotes when nothing in it expands, else single quotes. */
export function shellWord(value: string): string {
  if (SAFE_WORD.test(value)) return value;
  if (!/[$`"\\!]/.test(value)) return `"${value}"`;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A unique name: the example's name, a dash and `$RANDOM`, quoted so only `$RANDOM` expands. */
function uniqueWord(name: string): string {
  const prefix = `${name}-`;
  if (SAFE_WORD.test(prefix)) return `${prefix}$RANDOM`;
  if (!/[$`"\\!]/.test(prefix)) return `"${prefix}$RANDOM"`;
  return `${shellWord(prefix)}$RANDOM`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A scalar as the flag's text, when the flag's type reads it back to the same value. */
function scalarText(flag: CliFlag, value: unknown): string | undefined {
  if (flag.type === 'string' && typeof value === 'string') return value;
  if ((flag.type === 'integer' || flag.type === 'number') && typeof value === 'number') return String(value);
  if (flag.type === 'boolean' && typeof value === 'boolean') return String(value);
  // A JSON flag's object of plain strings reads back from the `key=value,…` shorthand.
  if (flag.type === 'json' && isPlainObject(value)) {
    const entries = Object.entries(value);
    const plain = entries.length > 0 && entries.every(([key, v]) => /^[A-Za-z_][\w-]*$/.test(key) && typeof v === 'string' && !v.includes(','));
    return plain ? entries.map(([key, v]) => `${key}=${v as string}`).join(',') : undefined;
  }
  return undefined;
}

interface Assignment {
  flag: CliFlag;
  /** One text per occurrence of the flag (arrays repeat it). */
  texts: string[];
}

/** The body as flag assignments, or undefined when some part of it has no flag that carries it exactly. */
function bodyAssignments(command: CliCommand, body: unknown): Assignment[] | undefined {
  const flags = command.flags.filter((f) => f.in === 'body');
  const out: Assignment[] = [];
  const walk = (node: unknown, path: string[]): boolean => {
    const flag = flags.find((f) => f.key === path.join('.'));
    if (flag) {
      const items = flag.array ? (Array.isArray(node) && node.length > 0 ? node : undefined) : [node];
      const texts = items?.map((item) => scalarText(flag, item));
      if (!texts || texts.some((t) => t === undefined || t.length > MAX_FLAG_VALUE)) return false;
      out.push({ flag, texts: texts as string[] });
      return true;
    }
    if (!isPlainObject(node) || (path.length > 0 && Object.keys(node).length === 0)) return false;
    return Object.entries(node).every(([key, value]) => walk(value, [...path, key]));
  };
  return walk(body, []) ? out : undefined;
}

function flagText(flag: CliFlag, word: string): string {
  const name = flag.alias ?? flag.flag;
  // A value that starts with a dash would read as an option.
  return word.startsWith('-') ? `--${name}=${word}` : `--${name} ${word}`;
}

/** A name marked unique by samples.ts, as the shell word that makes it unique per run. */
function wordOf(text: string): string {
  return text.startsWith(UNIQUE_MARK) ? uniqueWord(text.slice(UNIQUE_MARK.length)) : shellWord(text);
}

/** The JSON body for a heredoc: unquoted delimiter only when a name must expand `$RANDOM`, everything else literal. */
function heredoc(body: unknown): string {
  const text = JSON.stringify(body, null, 2);
  if (!text.includes('"\\u0000unique:')) return `<<'JSON'\n${text}\nJSON`;
  const escaped = text
    .replace(UNIQUE_JSON, (_, name: string) => `"${name}-\u0002"`)
    .replace(/[\\$`]/g, (c) => `\\${c}`)
    .replace(/\u0002/g, '$RANDOM');
  return `<<JSON\n${escaped}\nJSON`;
}

function hereString(body: unknown): string {
  const text = JSON.stringify(body).replace(/'/g, `'\\''`).replace(UNIQUE_JSON, (_, name: string) => `"${name}-'$RANDOM'"`);
  return `<<< '${text}'`;
}

/**
 * The command line of one sample. `args` holds path and query values by parameter name; `body` is the request
 * example, its name marked unique when it should differ per run.
 */
export function cliSample(command: CliCommand, args: Record<string, unknown>, body: unknown): string {
  const words: string[] = [];
  for (const flag of command.flags.filter((f) => f.in !== 'body' && args[f.key] !== undefined)) {
    const value = args[flag.key];
    for (const item of Array.isArray(value) ? value : [value]) words.push(flagText(flag, shellWord(String(item))));
  }
  let redirect = '';
  if (body !== undefined) {
    const assignments = bodyAssignments(command, body);
    if (assignments && assignments.reduce((n, a) => n + a.texts.length, 0) <= MAX_BODY_FLAGS) {
      for (const { flag, texts } of assignments) for (const text of texts) words.push(flagText(flag, wordOf(text)));
    } else {
      words.push('--body-json -');
      const inline = JSON.stringify(body);
      redirect = inline.length <= MAX_INLINE_JSON ? hereString(body) : heredoc(body);
    }
  }
  const head = `cloud-connect ${command.section} ${command.name}`;
  const oneLine = [head, ...words, ...(redirect.startsWith('<<<') ? [redirect] : [])].join(' ');
  if (oneLine.length <= MAX_LINE) return redirect.startsWith('<<<') || redirect === '' ? oneLine : `${oneLine} ${redirect}`;
  const lines = [head, ...words.map((w) => `  ${w}`)];
  const last = redirect === '' ? '' : ` ${redirect}`;
  return `${lines.join(' \\\n')}${last}`;
}
