import type { Step } from '../context.js';
import { BuildError } from '../context.js';
import type { CliTable } from '../model/cli.js';
import { renderCliValidators } from '../model/cli-validators.js';
import { generatedHeader } from './header.js';

/** The command table as TypeScript: one line per command, so a spec change shows as a one-line diff. */
export function renderCliTable(table: CliTable): string {
  const sections = table.sections.map((s) => `  ${JSON.stringify(s)},`).join('\n');
  const commands = table.commands.map((c) => `  ${JSON.stringify(c)},`).join('\n');
  return `${generatedHeader('//')}import type { CliCommand, CliSection } from '../src/cli/table.js';

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
