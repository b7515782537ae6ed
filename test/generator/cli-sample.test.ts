import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { CliCommand, CliFlag } from '../../generator/model/cli.js';
import { cliSample, shellWord, UNIQUE_MARK } from '../../generator/model/cli-sample.js';
import { buildArgs } from '../../src/cli/args.js';

type Case<Given, Want> = [name: string, { given: Given; want: Want }];

const flag = (key: string, type: CliFlag['type'], extra: Partial<CliFlag> = {}): CliFlag => ({ flag: key.replace(/_/g, '-'), key, in: 'body', type, help: '', ...extra });

const command: CliCommand = {
  operationId: 'UpdateWidget',
  section: 'widgets',
  name: 'update',
  summary: 'Update a widget',
  body: 'required',
  flags: [
    { flag: 'widget-id', key: 'widget_id', in: 'path', type: 'string', required: true, help: '' },
    { flag: 'colour', key: 'colour', in: 'query', type: 'string', array: true, help: '' },
    flag('widget.name', 'string', { alias: 'name' }),
    flag('widget.note', 'string', { alias: 'note' }),
    flag('widget.size', 'integer', { alias: 'size' }),
    flag('widget.spare', 'boolean', { alias: 'spare' }),
    flag('widget.parts', 'json', { array: true, alias: 'parts' }),
    flag('widget.shape', 'json', { alias: 'shape' }),
  ],
};

describe('shellWord', () => {
  const cases: Case<string, string>[] = [
    ['bare', { given: 'cc-staging_1.2/x', want: 'cc-staging_1.2/x' }],
    ['spaces and an apostrophe: double quotes', { given: "Acme's VPC", want: '"Acme\'s VPC"' }],
    ['a dollar sign: single quotes', { given: 'costs $5', want: "'costs $5'" }],
    ['a dollar sign and an apostrophe', { given: "it's $5", want: "'it'\\''s $5'" }],
    ['empty', { given: '', want: '""' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => expect(shellWord(given)).toBe(want));
});

describe('cliSample', () => {
  const cases: Case<{ args: Record<string, unknown>; body?: unknown }, string>[] = [
    ['parameters only', { given: { args: { widget_id: 'w-1', colour: ['red', 'blue'] } }, want: 'cloud-connect widgets update --widget-id w-1 --colour red --colour blue' }],
    ['plain fields as flags, by their short names', { given: { args: { widget_id: 'w-1' }, body: { widget: { size: 3, spare: false } } }, want: 'cloud-connect widgets update --widget-id w-1 --size 3 --spare false' }],
    ['a unique name', { given: { args: {}, body: { widget: { name: `${UNIQUE_MARK}big one` } } }, want: 'cloud-connect widgets update --name "big one-$RANDOM"' }],
    ['a value that starts with a dash', { given: { args: {}, body: { widget: { note: '-x' } } }, want: 'cloud-connect widgets update --note=-x' }],
    [
      'objects of plain strings as key=value, one flag per item, one flag a line when long',
      {
        given: { args: { widget_id: 'w-1' }, body: { widget: { parts: [{ name: 'bolt', finish: 'zinc plated' }, { name: 'nut', finish: 'bare' }] } } },
        want: 'cloud-connect widgets update \\\n  --widget-id w-1 \\\n  --parts "name=bolt,finish=zinc plated" \\\n  --parts name=nut,finish=bare',
      },
    ],
    ['a field no flag carries exactly: a here-string', { given: { args: {}, body: { widget: { shape: { sides: 4 } } } }, want: `cloud-connect widgets update --body-json - <<< '{"widget":{"shape":{"sides":4}}}'` }],
    ['an empty body', { given: { args: { widget_id: 'w-1' }, body: {} }, want: 'cloud-connect widgets update --widget-id w-1' }],
    [
      'a long body with a unique name: a heredoc that expands only $RANDOM',
      {
        given: { args: {}, body: { widget: { name: `${UNIQUE_MARK}w`, note: 'costs $5 and `tea` \\ more, enough text to make the line long', shape: { sides: 4 } } } },
        want: 'cloud-connect widgets update --body-json - <<JSON\n{\n  "widget": {\n    "name": "w-$RANDOM",\n    "note": "costs \\$5 and \\`tea\\` \\\\\\\\ more, enough text to make the line long",\n    "shape": {\n      "sides": 4\n    }\n  }\n}\nJSON',
      },
    ],
    [
      'a long body without one: a quoted heredoc',
      {
        given: { args: {}, body: { widget: { note: 'costs $5, enough text to make the line longer than a here-string should be', shape: { sides: 4 } } } },
        want: `cloud-connect widgets update --body-json - <<'JSON'\n{\n  "widget": {\n    "note": "costs $5, enough text to make the line longer than a here-string should be",\n    "shape": {\n      "sides": 4\n    }\n  }\n}\nJSON`,
      },
    ],
  ];
  it.each(cases)('%s', (_name, { given, want }) => expect(cliSample(command, given.args, given.body)).toBe(want));
});

/** Runs a sample in bash with `cloud-connect` standing for a function that prints its arguments and its input. */
function shellParse(sample: string): { argv: string[]; stdin: string } {
  const out = execFileSync('bash', ['--norc', '--noprofile', '-c', `cloud-connect() { node -e 'process.stdout.write(JSON.stringify({ argv: process.argv.slice(1), stdin: require("fs").readFileSync(0, "utf8") }))' -- "$@"; }\nRANDOM=1\n${sample}`], {
    encoding: 'utf8',
    input: '',
  });
  return JSON.parse(out) as { argv: string[]; stdin: string };
}

describe('what the shell hands the CLI', () => {
  const bodies: Case<unknown, unknown>[] = [
    ['flags with quotes, dollars and dashes', { given: { widget: { name: "Acme's $5 widget", note: '-x', size: 3 } }, want: { widget: { name: "Acme's $5 widget", note: '-x', size: 3 } } }],
    ['key=value items', { given: { widget: { parts: [{ name: 'a b', finish: "it's" }] } }, want: { widget: { parts: [{ name: 'a b', finish: "it's" }] } } }],
    ['a here-string', { given: { widget: { shape: { label: "it's $HOME" } } }, want: { widget: { shape: { label: "it's $HOME" } } } }],
    ['a heredoc', { given: { widget: { note: 'a `b` \\ $c '.repeat(8), shape: { sides: 4 } } }, want: { widget: { note: 'a `b` \\ $c '.repeat(8), shape: { sides: 4 } } } }],
  ];
  it.each(bodies)('%s: the body comes back as the example', (_name, { given, want }) => {
    const { argv, stdin } = shellParse(cliSample(command, { widget_id: 'w-1' }, given));
    expect(argv.slice(0, 4)).toEqual(['widgets', 'update', '--widget-id', 'w-1']);
    const values = new Map<CliFlag, string[]>();
    let bodyJson: unknown;
    for (let i = 4; i < argv.length; i++) {
      const [name, inline] = argv[i]!.slice(2).split(/=(.*)/s);
      const value = inline ?? argv[++i]!;
      if (name === 'body-json') bodyJson = JSON.parse(stdin);
      const target = command.flags.find((f) => f.alias === name || f.flag === name);
      if (target) values.set(target, [...(values.get(target) ?? []), value]);
    }
    expect(buildArgs(command, values, bodyJson).body).toEqual(want);
  });
});
