import type { Step } from '../context.js';
import { BuildError } from '../context.js';
import type { CliTable } from '../model/cli.js';
import { renderCliValidators } from '../model/cli-validators.js';
import { generatedHeader } from './header.js';

const TYPES = `/** One flag of a command: where its value goes and how the runtime checks it (the schema has the last word). */
export interface CliFlag {
  readonly flag: string;
  readonly key: string;
  readonly in: 'path' | 'query' | 'body';
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'json';
  readonly array?: true;
  readonly required?: true;
  readonly enum?: readonly string[];
  readonly alias?: string;
  readonly help: string;
}

/** How \`--wait\` follows an operation: the Show… call to poll and where its arguments come from. */
export interface CliWait {
  readonly show: string;
  readonly kind: 'ready' | 'gone';
  readonly until?: readonly string[];
  readonly args: Readonly<Record<string, string>>;
  /** The operation's item inside the polled answer: the array holding it, its id and its state field. */
  readonly item?: { readonly at: string; readonly id: string; readonly field: string };
}

export interface CliCommand {
  readonly operationId: string;
  readonly section: string;
  readonly name: string;
  readonly summary: string;
  readonly deprecated?: true;
  readonly body?: 'required' | 'optional';
  readonly flags: readonly CliFlag[];
  /** Huawei documents \`X-Auth-Token\` as mandatory: called with an IAM token when one is configured. */
  readonly tokenOnly?: true;
  readonly list?: { readonly itemsKey: string; readonly style: 'marker' | 'offset' | 'single'; readonly columns: readonly string[] };
  readonly wait?: CliWait;
}

export interface CliSection {
  readonly name: string;
  readonly title: string;
  readonly description: string;
}
`;

/** The command table as TypeScript: one line per command, so a spec change shows as a one-line diff. */
export function renderCliTable(table: CliTable): string {
  const sections = table.sections.map((s) => `  ${JSON.stringify(s)},`).join('\n');
  const commands = table.commands.map((c) => `  ${JSON.stringify(c)},`).join('\n');
  return `${generatedHeader('//')}${TYPES}
export const cliSections: readonly CliSection[] = [
${sections}
];

/** Every operation as a command, sorted by operationId. */
export const cliCommands: readonly CliCommand[] = [
${commands}
];
`;
}

/** Writes generated/cli.gen.ts (the command line's table of commands and flags) and its precompiled validators. */
export const cli: Step = {
  name: 'cli',
  async run(ctx) {
    if (!ctx.spec || !ctx.model) throw new BuildError('cli: the model step has not run');
    ctx.files.set('cli.gen.ts', renderCliTable(ctx.model.cli));
    ctx.files.set('cli-validators.gen.mjs', `${generatedHeader('//')}${await renderCliValidators(ctx.spec, ctx.model)}`);
  },
};
