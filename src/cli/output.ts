import type { CliCommand } from './table.js';
import { UsageError } from './errors.js';

export type OutputFormat = 'json' | 'yaml' | 'table';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'yaml', 'table'];

type Stream = { isTTY?: boolean };

/** Colour only on a terminal, and never when NO_COLOR is set to anything non-empty (no-color.org). */
export function useColor(stream: Stream, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

export function paint(enabled: boolean, code: number, text: string): string {
  return enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/** Compiles the expression before anything is sent, so a typo costs no request. */
export async function checkQuery(expression: string | undefined): Promise<void> {
  if (expression === undefined) return;
  const { compile } = await import('@jmespath-community/jmespath');
  try {
    compile(expression);
  } catch (error) {
    throw new UsageError(`--query ${JSON.stringify(expression)} is not a valid JMESPath expression: ${(error as Error).message}`);
  }
}

/** Applies a JMESPath expression; a malformed one is a usage error naming the expression. */
export async function applyQuery(data: unknown, expression: string | undefined): Promise<unknown> {
  if (expression === undefined) return data;
  const { search } = await import('@jmespath-community/jmespath');
  try {
    return search(data as never, expression);
  } catch (error) {
    throw new UsageError(`--query ${JSON.stringify(expression)} is not a valid JMESPath expression: ${(error as Error).message}`);
  }
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Rows of a table: the list's items for a list answer, the resource for a single one, or the value itself. */
function rowsOf(data: unknown, command: CliCommand, queried: boolean): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.map((item) => (typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : { value: item }));
  if (typeof data !== 'object' || data === null) return [{ value: data }];
  const record = data as Record<string, unknown>;
  if (!queried && command.list && Array.isArray(record[command.list.itemsKey])) return rowsOf(record[command.list.itemsKey], command, true);
  const inner = Object.entries(record).filter(([key]) => key !== 'request_id');
  if (!queried && inner.length === 1 && typeof inner[0]![1] === 'object' && inner[0]![1] !== null && !Array.isArray(inner[0]![1])) return [inner[0]![1] as Record<string, unknown>];
  return [record];
}

function table(data: unknown, command: CliCommand, queried: boolean, color: boolean): string {
  const rows = rowsOf(data, command, queried);
  if (rows.length === 0) return '(no items)';
  const listColumns = !queried && command.list ? command.list.columns.filter((c) => rows.some((r) => c in r)) : [];
  const columns = listColumns.length > 0 ? listColumns : [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((key) => rows.some((r) => typeof r[key] !== 'object' || r[key] === null)).slice(0, 8);
  const cells = rows.map((row) => columns.map((c) => cell(row[c])));
  const widths = columns.map((c, i) => Math.min(60, Math.max(c.length, ...cells.map((r) => r[i]!.length))));
  const line = (values: string[]) => values.map((v, i) => (v.length > widths[i]! ? `${v.slice(0, widths[i]! - 1)}…` : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [paint(color, 1, line(columns.map((c) => c.toUpperCase()))), ...cells.map(line)].join('\n');
}

/** Formats an answer for stdout. */
export async function formatOutput(data: unknown, options: { format: OutputFormat; query?: string; command: CliCommand; color: boolean }): Promise<string> {
  const value = await applyQuery(data, options.query);
  if (value === undefined) return '';
  switch (options.format) {
    case 'yaml': {
      const { stringify } = await import('yaml');
      return stringify(value).trimEnd();
    }
    case 'table':
      return table(value, options.command, options.query !== undefined, options.color);
    default:
      return JSON.stringify(value, null, 2);
  }
}
