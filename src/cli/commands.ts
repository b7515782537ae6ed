import { cliCommands, cliSections } from '../../generated/cli.gen.js';
import type { CliCommand, CliFlag } from './table.js';

export { cliCommands, cliSections };

/** The operation a command line names: `<section> <operation>` or the operationId alone (`UpdateCloudConnection`). */
export function findCommand(words: readonly string[]): { command: CliCommand; consumed: number } | undefined {
  const [first, second] = words;
  const byId = cliCommands.find((c) => c.operationId === first);
  if (byId) return { command: byId, consumed: 1 };
  const bySection = cliCommands.find((c) => c.section === first && c.name === second);
  return bySection ? { command: bySection, consumed: 2 } : undefined;
}

export function commandsOf(section: string): CliCommand[] {
  return cliCommands.filter((c) => c.section === section);
}

/** The method the client has for an operation: `UpdateCloudConnection` → `updateCloudConnection`. */
export function methodName(operationId: string): string {
  return operationId.charAt(0).toLowerCase() + operationId.slice(1);
}

/** `--cloud-connection.name` (and its alias `--name`) as written on the command line. */
export function flagLabel(flag: CliFlag): string {
  return flag.alias ? `--${flag.flag} (--${flag.alias})` : `--${flag.flag}`;
}
