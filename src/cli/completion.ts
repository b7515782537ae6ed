import { cliCommands, cliSections, commandsOf } from './commands.js';
import type { CliCommand, CliFlag } from './table.js';
import { UsageError } from './errors.js';
import { OUTPUT_FORMATS } from './output.js';

const OTHER_COMMANDS = ['configure', 'completion'];
/** The flags of `cloud-connect configure` (program.ts); `--token` takes no value. */
const CONFIGURE_FLAGS = ['profile', 'access-key', 'token', 'domain-id', 'endpoint'];

/** The flags every operation command has, by what the command can do (see program.ts). */
function globalFlags(command: CliCommand): string[] {
  return [
    'output', 'query', 'dry-run', 'profile', 'endpoint', 'help',
    ...(command.list ? ['all'] : []),
    ...(command.wait ? ['wait', 'wait-timeout', 'wait-interval'] : []),
    ...(command.body ? ['body-json', 'generate-skeleton'] : []),
  ];
}

function flagNames(command: CliCommand): string[] {
  return [...command.flags.flatMap((f) => [f.flag, ...(f.alias ? [f.alias] : [])]), ...globalFlags(command)].map((name) => `--${name}`);
}

function enumFlags(command: CliCommand): { names: string[]; values: readonly string[] }[] {
  const own = command.flags.filter((f): f is CliFlag & { enum: readonly string[] } => f.enum !== undefined).map((f) => ({ names: [f.flag, ...(f.alias ? [f.alias] : [])], values: f.enum }));
  return [...own, { names: ['output'], values: OUTPUT_FORMATS }];
}

function bash(): string {
  const top = [...cliSections.map((s) => s.name), ...OTHER_COMMANDS, ...cliCommands.map((c) => c.operationId)].join(' ');
  const sections = cliSections.map((s) => `    ${s.name}) COMPREPLY=($(compgen -W "${commandsOf(s.name).map((c) => c.name).join(' ')}" -- "$cur")); return ;;`).join('\n');
  const commands = cliCommands
    .map((c) => {
      const enums = enumFlags(c).map((e) => `        ${e.names.map((n) => `--${n}`).join('|')}) COMPREPLY=($(compgen -W "${e.values.join(' ')}" -- "$cur")); return ;;`).join('\n');
      return `    "${c.section} ${c.name}"|${c.operationId})\n      case "$prev" in\n${enums}\n      esac\n      flags="${flagNames(c).join(' ')}" ;;`;
    })
    .join('\n');
  return `# bash completion for cloud-connect, generated from the Cloud Connect spec.
# Load it with: source <(cloud-connect completion bash)
_cloud_connect() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" key flags=""
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${top}" -- "$cur")); return
  fi
  if [[ $COMP_CWORD -eq 2 ]]; then
    case "\${COMP_WORDS[1]}" in
${sections}
      completion) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")); return ;;
    esac
  fi
  case "\${COMP_WORDS[1]}" in
    configure) COMPREPLY=($(compgen -W "${CONFIGURE_FLAGS.map((name) => `--${name}`).join(' ')}" -- "$cur")); return ;;
    [A-Z]*) key="\${COMP_WORDS[1]}" ;;
    *) key="\${COMP_WORDS[1]} \${COMP_WORDS[2]}" ;;
  esac
  case "$key" in
${commands}
  esac
  [[ "$prev" == --body-json ]] && { COMPREPLY=($(compgen -f -- "$cur")); return; }
  COMPREPLY=($(compgen -W "$flags" -- "$cur"))
}
complete -F _cloud_connect cloud-connect
`;
}

/** zsh runs the bash function through its bashcompinit layer, so both shells complete the same words. */
function zsh(): string {
  return `#compdef cloud-connect
# zsh completion for cloud-connect, generated from the Cloud Connect spec.
# Load it with: source <(cloud-connect completion zsh)
autoload -U +X bashcompinit && bashcompinit
${bash().split('\n').slice(2).join('\n')}`;
}

/** How fish completes the value of a global flag: the output formats, a file for --body-json, free text for the rest. */
const GLOBAL_VALUES: Record<string, string> = {
  output: ` -x -a '${OUTPUT_FORMATS.join(' ')}'`,
  'body-json': ' -r -F',
  query: ' -x',
  profile: ' -x',
  endpoint: ' -x',
  'wait-timeout': ' -x',
  'wait-interval': ' -x',
};

const fishQuote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(): string {
  const lines = [
    '# fish completion for cloud-connect, generated from the Cloud Connect spec.',
    '# Load it with: cloud-connect completion fish | source',
    'function __cloud_connect_is',
    '    set -l words (commandline -opc)',
    '    test (count $words) -ge 2; or return 1',
    '    if test (count $argv) -eq 1',
    '        test "$words[2]" = "$argv[1]"',
    '    else',
    '        test (count $words) -ge 3; and test "$words[2]" = "$argv[1]"; and test "$words[3]" = "$argv[2]"',
    '    end',
    'end',
    'function __cloud_connect_at',
    '    test (count (commandline -opc)) -eq $argv[1]',
    'end',
    'complete -c cloud-connect -f',
  ];
  for (const s of cliSections) lines.push(`complete -c cloud-connect -n '__cloud_connect_at 1' -a ${s.name} -d ${fishQuote(s.title)}`);
  lines.push(`complete -c cloud-connect -n '__cloud_connect_at 1' -a 'configure completion'`);
  lines.push(`complete -c cloud-connect -n '__cloud_connect_at 2; and __cloud_connect_is completion' -a 'bash zsh fish'`);
  for (const name of CONFIGURE_FLAGS) lines.push(`complete -c cloud-connect -n '__cloud_connect_is configure' -l ${name}${name === 'token' ? '' : ' -x'}`);
  for (const c of cliCommands) {
    lines.push(`complete -c cloud-connect -n '__cloud_connect_at 1' -a ${c.operationId} -d ${fishQuote(c.summary)}`);
    lines.push(`complete -c cloud-connect -n '__cloud_connect_at 2; and __cloud_connect_is ${c.section}' -a ${c.name} -d ${fishQuote(c.summary)}`);
    const conditions = [`__cloud_connect_is ${c.section} ${c.name}`, `__cloud_connect_is ${c.operationId}`];
    for (const condition of conditions) {
      for (const f of c.flags) {
        for (const name of [f.flag, ...(f.alias ? [f.alias] : [])]) {
          const values = f.enum ? ` -a ${fishQuote(f.enum.join(' '))}` : '';
          // -x: the flag takes a value, and it is not a file name.
          lines.push(`complete -c cloud-connect -n '${condition}' -l ${name} -x${values} -d ${fishQuote(f.help.slice(0, 80))}`);
        }
      }
      for (const name of globalFlags(c)) lines.push(`complete -c cloud-connect -n '${condition}' -l ${name}${GLOBAL_VALUES[name] ?? ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function completionScript(shell: string): string {
  switch (shell) {
    case 'bash':
      return bash();
    case 'zsh':
      return zsh();
    case 'fish':
      return fish();
    default:
      throw new UsageError(`completion: unknown shell "${shell}"; use bash, zsh or fish.`);
  }
}
