import { Command, Option } from 'commander';
import { cliCommands, cliSections, commandsOf } from './commands.js';
import type { CliCommand, CliFlag } from './table.js';
import { OUTPUT_FORMATS } from './output.js';
import type { Io, RunOptions } from './run.js';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function flagHelp(flag: CliFlag): string {
  const extras = [
    flag.required ? 'required' : '',
    flag.enum ? `one of: ${flag.enum.join(', ')}` : '',
    flag.array ? 'repeatable' : '',
    flag.type === 'json' ? 'JSON value' : '',
  ].filter(Boolean);
  return `${flag.help}${extras.length > 0 ? ` [${extras.join('; ')}]` : ''}`;
}

function valueName(flag: CliFlag): string {
  return flag.enum && flag.enum.length <= 4 ? flag.enum.join('|') : flag.type === 'json' ? 'json' : flag.type;
}

/** Adds the operation's own flags and the global ones; returns how to read the parsed values back. */
function addOperationOptions(cmd: Command, command: CliCommand): () => { values: Map<CliFlag, string[]>; options: RunOptions } {
  const byAttribute = new Map<string, CliFlag>();
  for (const flag of command.flags) {
    const option = new Option(`--${flag.flag} <${valueName(flag)}>`, flagHelp(flag)).argParser(collect);
    cmd.addOption(option);
    byAttribute.set(option.attributeName(), flag);
    if (flag.alias) {
      const alias = new Option(`--${flag.alias} <${valueName(flag)}>`, `same as --${flag.flag}`).argParser(collect);
      cmd.addOption(alias);
      byAttribute.set(alias.attributeName(), flag);
    }
  }
  cmd.optionsGroup('Global options:');
  cmd.addOption(new Option('-o, --output <format>', 'output format').choices(OUTPUT_FORMATS).default('json'));
  cmd.option('--query <jmespath>', 'JMESPath expression applied to the answer, e.g. "cloud_connections[].id"');
  if (command.list) cmd.option('--all', 'follow every page and print all items');
  if (command.wait) {
    const { show, kind, until, item } = command.wait;
    const subject = item ? `the item in ${show}'s ${item.at}` : show;
    cmd.option('--wait', `wait until ${subject} ${kind === 'gone' ? (item ? 'no longer lists it' : 'reports the resource gone') : `reports ${until!.join(' or ')}`} (progress on stderr)`);
    cmd.addOption(new Option('--wait-timeout <seconds>', 'give up waiting after this long').argParser(Number).default(600));
    cmd.addOption(new Option('--wait-interval <seconds>', 'pause between polls').argParser(Number).default(2));
  }
  if (command.body) {
    cmd.option('--body-json <file|->', 'the whole request body as JSON, from a file or - for stdin (field flags override it)');
    cmd.option('--generate-skeleton', 'print an empty request body to fill in for --body-json, and send nothing');
  }
  cmd.option('--dry-run', 'print the signed request (secrets redacted) and a curl equivalent, and send nothing');
  cmd.option('--profile <name>', 'profile of the config file to use');
  cmd.option('--endpoint <url>', 'API endpoint, e.g. the emulator\'s http://127.0.0.1:4010');
  return () => {
    const opts = cmd.opts<Record<string, unknown>>();
    const values = new Map<CliFlag, string[]>();
    for (const [attribute, flag] of byAttribute) {
      const given = opts[attribute] as string[] | undefined;
      if (given) values.set(flag, [...(values.get(flag) ?? []), ...given]);
    }
    return {
      values,
      options: {
        output: opts.output as RunOptions['output'],
        query: opts.query as string | undefined,
        all: opts.all === true,
        wait: opts.wait === true,
        waitTimeout: (opts.waitTimeout as number | undefined) ?? 600,
        waitInterval: (opts.waitInterval as number | undefined) ?? 2,
        profile: opts.profile as string | undefined,
        endpoint: opts.endpoint as string | undefined,
        dryRun: opts.dryRun === true,
        bodyJson: opts.bodyJson as string | undefined,
        generateSkeleton: opts.generateSkeleton === true,
      },
    };
  };
}

/** An unknown flag's error lists the flags the operation has, so the fix is on screen. */
function withFlagList(text: string, command: CliCommand): string {
  if (!text.includes('unknown option')) return text;
  const own = command.flags.map((f) => (f.alias ? `--${f.alias}` : `--${f.flag}`));
  return `${text}Flags of ${command.section} ${command.name}: ${own.length > 0 ? own.join(', ') : '(none)'}; global ones and details: cloud-connect ${command.section} ${command.name} --help\n`;
}

export interface Handlers {
  operation(command: CliCommand, values: Map<CliFlag, string[]>, options: RunOptions): Promise<number>;
  configure(options: { profile: string; accessKey?: string; domainId?: string; endpoint?: string; token?: boolean }): Promise<number>;
  completion(shell: string): Promise<number>;
}

/**
 * The commander program for one command line. Only the section and operation the arguments name get their
 * sub-commands and flags, so `--help` and every call start without building 111 commands.
 */
export function buildProgram(argv: readonly string[], io: Io, handlers: Handlers, setExit: (code: number) => void): Command {
  const program = new Command('cloud-connect')
    .description('Huawei Cloud Connect API v3 from the shell: one command per operation, checked against the spec before it is sent.')
    .usage('<section> <operation> [flags]   (or: cloud-connect <OperationId> [flags])')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showSuggestionAfterError(true)
    .addHelpText('after', '\nExamples:\n  cloud-connect cloud-connections list --all --output table\n  cloud-connect cloud-connections update --id <id> --name new-name\n  cloud-connect UpdateCloudConnection --id <id> --name new-name --dry-run\n\nExit codes: 0 ok, 2 usage, 3 API 4xx, 4 API 5xx or network, 5 wait failed.');
  program.commandsGroup('Sections (cloud-connect <section> --help lists its operations):');
  const [first, second] = argv;
  for (const section of cliSections) {
    const sub = program.command(section.name).description(section.title).exitOverride();
    if (first !== section.name) continue;
    for (const command of commandsOf(section.name)) {
      const op = sub.command(command.name).description(`${command.summary}${command.deprecated ? ' (deprecated)' : ''}   [${command.operationId}]`).exitOverride();
      if (second !== command.name) continue;
      op.description(`${command.summary}${command.deprecated ? ' (deprecated)' : ''}\nOperation ${command.operationId}; also callable as \`cloud-connect ${command.operationId}\`.`);
      op.configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (text, write) => write(withFlagList(text, command)) });
      const read = addOperationOptions(op, command);
      op.action(async () => {
        const { values, options } = read();
        setExit(await handlers.operation(command, values, options));
      });
    }
  }
  program.commandsGroup('Other commands:');
  program
    .command('configure')
    .description('write a profile (access key and secret key, or an IAM token; account id; endpoint) to the config file, mode 0600; the secret key or token is prompted for')
    .option('--profile <name>', 'profile to write', 'default')
    .option('--access-key <ak>', 'access key id (prompted when left out)')
    .option('--token', 'store an IAM token (prompted for) instead of an access key pair')
    .option('--domain-id <id>', 'account (domain) id (prompted when left out)')
    .option('--endpoint <url>', 'API endpoint (prompted when left out)')
    .exitOverride()
    .action(async (options: { profile: string; accessKey?: string; domainId?: string; endpoint?: string; token?: boolean }) => setExit(await handlers.configure(options)));
  program
    .command('completion')
    .description('print a completion script: source <(cloud-connect completion bash)')
    .argument('<shell>', 'bash, zsh or fish')
    .exitOverride()
    .action(async (shell: string) => setExit(await handlers.completion(shell)));
  return program;
}

/** `cloud-connect UpdateCloudConnection …` → `cloud-connect cloud-connections update …`. */
export function expandAlias(argv: readonly string[]): string[] {
  const byId = cliCommands.find((c) => c.operationId === argv[0]);
  return byId ? [byId.section, byId.name, ...argv.slice(1)] : [...argv];
}
