import type Handlebars from 'handlebars';

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

export function registerHelpers(handlebars: typeof Handlebars): void {
  handlebars.registerHelper('json', (value: unknown) => json(value));
  handlebars.registerHelper('jsdoc', (text: string, indent: unknown) => jsdoc(text, typeof indent === 'string' ? indent : ''));
  handlebars.registerHelper('cell', (text: string) => cell(text));
  handlebars.registerHelper('yesNo', (flag: boolean) => (flag ? 'yes' : 'no'));
}
