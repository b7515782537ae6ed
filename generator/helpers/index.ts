import type Handlebars from 'handlebars';
import { formatOperationLine } from '../../src/operation-table.js';
import type { Operation } from '../model/types.js';

/** A string literal in the generated TypeScript. */
export function json(value: unknown): string {
  return JSON.stringify(value);
}

/** Text for a JSDoc block: `*\/` cannot end the comment early, and each line gets the ` * ` gutter. */
export function jsdoc(text: string, indent = ''): string {
  return text
    .replace(/\*\//g, '*\\/')
    .split('\n')
    .map((line) => `${indent} *${line ? ` ${line}` : ''}`)
    .join('\n');
}

/** A Markdown table cell: pipes escaped, line breaks folded, empty shown as a dash. */
export function cell(text: string): string {
  const folded = text.replace(/\r?\n+/g, ' ').replace(/(?<!\\)\|/g, '\\|').trim();
  return folded === '' ? '—' : folded;
}

/** The operation's line in the client's operation table (format and rules: src/operation-table.ts). */
export function operationLine(op: Pick<Operation, 'operationId' | 'method' | 'path' | 'queryParams' | 'body'>): string {
  const query = op.queryParams.map((param) => param.name);
  return formatOperationLine(op.operationId, { method: op.method, path: op.path, query, body: op.body !== null });
}

export function registerHelpers(handlebars: typeof Handlebars): void {
  handlebars.registerHelper('json', (value: unknown) => json(value));
  handlebars.registerHelper('jsdoc', (text: string, indent: unknown) => jsdoc(text, typeof indent === 'string' ? indent : ''));
  handlebars.registerHelper('cell', (text: string) => cell(text));
  handlebars.registerHelper('operationLine', (op: Operation) => operationLine(op));
  handlebars.registerHelper('yesNo', (flag: boolean) => (flag ? 'yes' : 'no'));
}
