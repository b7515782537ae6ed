import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubAnchor } from '../../generator/model/naming.js';
import { createSchemaValidator, loadSpecModel, root } from '../support/spec.js';

/*
 * The contract of the docs' code samples: each is copied out of generated/docs as a reader would, type-checked
 * against the package as a consumer installs it, and run page by page, in printed order, against an emulator
 * started the way `npm start` starts it (its command read from package.json), with only the variables from the
 * `export` lines it prints. The CLI samples run the built `cloud-connect` (packages/cli/dist/main.js) from PATH,
 * as `npm install -g cloud-connect-cli` would put it there.
 */

const spec = loadSpecModel();
const validator = createSchemaValidator(spec.doc, { closed: true });
const docsDir = path.join(root, 'generated', 'docs');
const work = path.join(root, '.tmp', `docs-samples-${process.pid}`);
/** Holds `cloud-connect`, a link to the built CLI, ahead of the machine's PATH. */
const binDir = path.join(work, 'bin');
const tscPath = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

interface SpecOperation {
  operationId: string;
  /** The JSON schema of the success answer; absent when it has no body (204). */
  schema: object | undefined;
}

const operations: SpecOperation[] = spec.operations.map((op) => ({ operationId: op.operationId, schema: op.success.schema }));

interface PageSample {
  operationId: string;
  typescript: string;
  curl: string;
  cli: string;
}

const SAMPLE_BLOCK = /^### (TypeScript|curl|CLI) sample for (\S+)\n+```(?:ts|sh)\n([\s\S]*?)\n```$/gm;
const KIND = { TypeScript: 'typescript', curl: 'curl', CLI: 'cli' } as const;

/** The section pages in the index's order, each with its samples in printed order. */
async function readPages(): Promise<{ page: string; samples: PageSample[] }[]> {
  const index = await readFile(path.join(docsDir, 'index.md'), 'utf8');
  const pages = [...index.matchAll(/^## \[[^\]]+\]\(\.\/([\w-]+\.md)\)$/gm)].map((m) => m[1] as string);
  return Promise.all(
    pages.map(async (page) => {
      const markdown = await readFile(path.join(docsDir, page), 'utf8');
      const samples: PageSample[] = [];
      for (const match of markdown.matchAll(SAMPLE_BLOCK)) {
        const operationId = match[2] as string;
        let sample = samples.at(-1);
        if (sample?.operationId !== operationId) samples.push((sample = { operationId, typescript: '', curl: '', cli: '' }));
        sample[KIND[match[1] as keyof typeof KIND]] = match[3] as string;
      }
      return { page, samples };
    }),
  );
}

/** Every sample's code by operationId; more than one for an operation is a fault the first test reports. */
async function readSamples(): Promise<{ typescript: Map<string, string[]>; curl: Map<string, string[]>; cli: Map<string, string[]>; guideMarkdown: string }> {
  const found = { typescript: new Map<string, string[]>(), curl: new Map<string, string[]>(), cli: new Map<string, string[]>() };
  for (const page of (await readdir(docsDir)).filter((file) => file.endsWith('.md'))) {
    const markdown = await readFile(path.join(docsDir, page), 'utf8');
    for (const match of markdown.matchAll(SAMPLE_BLOCK)) {
      const byId = found[KIND[match[1] as keyof typeof KIND]];
      const operationId = match[2] as string;
      byId.set(operationId, [...(byId.get(operationId) ?? []), match[3] as string]);
    }
  }
  return { ...found, guideMarkdown: await readFile(path.join(docsDir, 'guide.md'), 'utf8') };
}

const { typescript, curl, cli, guideMarkdown } = await readSamples();
const pages = await readPages();
const schemaOf = new Map(operations.map((op) => [op.operationId, op.schema]));

/**
 * What the guide's snippets take from the text around them. A snippet that binds one of these names itself keeps
 * its own, so the prelude only fills in what it leaves out.
 */
const GUIDE_PRELUDE = [
  { name: 'createCloudConnectClient', line: "import { createCloudConnectClient } from 'cloud-connect-kit';" },
  { name: 'cc', line: "declare const cc: import('cloud-connect-kit').CloudConnectClient;" },
  { name: 'domainId', line: 'declare const domainId: string;' },
  { name: 'credentials', line: "declare const credentials: import('cloud-connect-kit').Credentials;" },
];

function boundNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const match of code.matchAll(/\b(?:const|let|var)\s+(\{[^}]*\}|[\w$]+)/g)) for (const name of (match[1] as string).match(/[\w$]+/g) ?? []) names.add(name);
  for (const match of code.matchAll(/^import\s+(?:type\s+)?\{([^}]*)\}/gm)) for (const name of (match[1] as string).match(/[\w$]+/g) ?? []) names.add(name);
  return names;
}

/** The guide's ```ts blocks, named after the section they sit in, each completed by the prelude into a module. */
function guideSnippets(markdown: string): { file: string; code: string }[] {
  const counts = new Map<string, number>();
  let section = 'guide';
  const snippets: { file: string; code: string }[] = [];
  for (const match of markdown.matchAll(/^## (.+)$|^( *)```ts\n([\s\S]*?)\n *```$/gm)) {
    if (match[1] !== undefined) {
      section = githubAnchor(match[1]);
      continue;
    }
    const indent = (match[2] as string).length;
    const code = (match[3] as string)
      .split('\n')
      .map((line) => line.slice(indent))
      .join('\n');
    const n = (counts.get(section) ?? 0) + 1;
    counts.set(section, n);
    const bound = boundNames(code);
    const prelude = GUIDE_PRELUDE.filter(({ name }) => !bound.has(name)).map(({ line }) => line);
    snippets.push({ file: `guide/${section}-${n}.ts`, code: `${prelude.join('\n')}\n${code}\nexport {};\n` });
  }
  return snippets;
}

const guide = guideSnippets(guideMarkdown);

const curlFound = (() => {
  try {
    return execFileSync('bash', ['--norc', '-c', 'command -v curl'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
})();

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: work, env, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** The emulator command of package.json's `start` script: what runs once the build is current. */
const startCommand = (JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split('&&').at(-1)!.trim().split(/\s+/);

interface StartedEmulator {
  /** The variables of the `export` lines the emulator printed, values unquoted as a shell would. */
  exported: Record<string, string>;
  child: ChildProcess;
  stderr: () => string;
}

/** Starts the emulator as `npm start` does (on a free port, `PORT=0`) and reads its banner's export lines. */
function startLikeNpmStart(): Promise<StartedEmulator> {
  const [command, ...args] = startCommand;
  const child = spawn(command === 'node' ? process.execPath : (command as string), args, { cwd: root, env: { PATH: process.env.PATH, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`\`${startCommand.join(' ')}\` exited with ${code}: ${stderr}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk;
      // The banner is printed in one write; the last export line ends it.
      if (!/^export CLOUD_CONNECT_TOKEN=.*\n/m.test(stdout)) return;
      const exported = Object.fromEntries([...stdout.matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1], (m[2] as string).replace(/^'(.*)'$/, '$1')]));
      resolve({ exported, child, stderr: () => stderr });
    });
  });
}

async function stop(emulator: StartedEmulator): Promise<void> {
  const exited = new Promise((resolve) => emulator.child.once('exit', resolve));
  emulator.child.kill('SIGTERM');
  await exited;
}

/** What a sample may read: the export lines, and nothing of this machine's environment but PATH. */
function sampleEnv(exported: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: `${binDir}:${process.env.PATH}`, HOME: work, CURL_HOME: path.join(work, 'curl'), ...exported };
}

function schemaErrors(schema: object, value: unknown): string[] {
  const validate = validator(schema);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

let tscOutput = '';

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  await mkdir(path.join(work, 'node_modules'), { recursive: true });
  await symlink(path.join(root, 'packages', 'client'), path.join(work, 'node_modules', 'cloud-connect-kit'), 'dir');
  await mkdir(path.join(work, 'samples'));
  await mkdir(path.join(work, 'guide'));
  await mkdir(path.join(work, 'curl'));
  await mkdir(binDir);
  await symlink(path.join(root, 'packages', 'cli', 'dist', 'main.js'), path.join(binDir, 'cloud-connect'));
  const files = [
    ...[...typescript].map(([operationId, [code]]) => ({ file: `samples/${operationId}.ts`, code: code as string })),
    ...guide,
    { file: 'package.json', code: JSON.stringify({ type: 'module', private: true }) },
    {
      file: 'tsconfig.json',
      // The package's own declarations are checked by test/package; checking them again here would triple tsc's time.
      code: JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          types: ['node'],
          skipLibCheck: true,
          outDir: 'out',
          rootDir: '.',
        },
        include: ['samples', 'guide'],
      }),
    },
    // util.inspect abbreviates nested objects (`[Object]`), so the test has samples print their result as JSON.
    { file: 'print-json.mjs', code: 'console.log = (...values) => process.stdout.write(`${values.map((v) => JSON.stringify(v)).join(" ")}\\n`);\n' },
    { file: 'curl/.curlrc', code: 'write-out = "\\n%{http_code}"\n' },
  ];
  await Promise.all(files.map(({ file, code }) => writeFile(path.join(work, file), code)));
  tscOutput = await run(process.execPath, [tscPath, '-p', 'tsconfig.json'], { PATH: process.env.PATH }).then(({ stdout, stderr }) => stdout + stderr);
}, 120_000);

afterAll(() => rm(work, { recursive: true, force: true }));

describe('the samples in generated/docs', () => {
  it('are one TypeScript, one curl and one CLI sample per operation of the spec, and none for anything else', () => {
    const counts = operations.map(({ operationId }) => ({
      operationId,
      typescript: typescript.get(operationId)?.length ?? 0,
      curl: curl.get(operationId)?.length ?? 0,
      cli: cli.get(operationId)?.length ?? 0,
    }));
    expect(counts.filter((c) => c.typescript !== 1 || c.curl !== 1 || c.cli !== 1)).toEqual([]);
    const known = new Set(operations.map((op) => op.operationId));
    expect([...typescript.keys(), ...curl.keys(), ...cli.keys()].filter((id) => !known.has(id))).toEqual([]);
    expect(operations).toHaveLength(111);
  });

  it('name no placeholder id: every id a sample uses is one the examples describe', () => {
    const placeholders = [...typescript, ...curl, ...cli].filter(([, samples]) => samples.some((code) => code.includes('00000000-0000-4000-8000-000000000000')));
    expect(placeholders.map(([operationId]) => operationId)).toEqual([]);
  });

  it("compile in one tsc run, strict, against the package as a consumer installs it, with the guide's snippets", () => {
    expect(guide).toHaveLength(guideMarkdown.match(/```ts\n/g)?.length ?? 0);
    expect(tscOutput).toBe('');
  });
});

/** Runs one sample; null when it did what its docs promise, else what went wrong. */
type Runner = (sample: PageSample, env: NodeJS.ProcessEnv) => Promise<string | null>;

function checkAnswer(operationId: string, text: string): string | null {
  const schema = schemaOf.get(operationId);
  if (schema === undefined) return text === '' ? null : `printed ${text.slice(0, 200)} for a 204`;
  try {
    const errors = schemaErrors(schema, JSON.parse(text));
    return errors.length === 0 ? null : `answer off its schema: ${errors.join('; ')}`;
  } catch {
    return `printed no JSON: ${text.slice(0, 300)}`;
  }
}

const runTypescript: Runner = async ({ operationId }, env) => {
  const script = path.join(work, 'out', 'samples', `${operationId}.js`);
  const { code, stdout, stderr } = await run(process.execPath, ['--import', './print-json.mjs', script], env);
  // Node prints the throwing source line first; the error's own line says what went wrong.
  if (code !== 0 || stderr !== '') return `exit ${code}: ${stderr.split('\n').find((line) => /^\w*Error\b/.test(line)) ?? stderr.slice(0, 300)}`;
  return checkAnswer(operationId, stdout.trim());
};

const runCurl: Runner = async ({ operationId, curl: sample }, env) => {
  const { code, stdout, stderr } = await run('bash', ['--norc', '--noprofile', '-c', `set -euo pipefail\n${sample}`], env);
  if (code !== 0 || stderr !== '') return `exit ${code}: ${stderr}`;
  // The .curlrc appends the status on a line of its own.
  const cut = stdout.lastIndexOf('\n');
  const [status, body] = [Number(stdout.slice(cut + 1)), stdout.slice(0, cut)];
  if (Math.floor(status / 100) !== 2) return `HTTP ${status} ${body}`;
  return checkAnswer(operationId, body);
};

const runCli: Runner = async ({ operationId, cli: sample }, env) => {
  const { code, stdout, stderr } = await run('bash', ['--norc', '--noprofile', '-c', `set -euo pipefail\n${sample}`], env);
  if (code !== 0 || stderr !== '') return `exit ${code}: ${stderr}`;
  return checkAnswer(operationId, stdout.trim());
};

/** Walks a page's samples in printed order against one emulator started like `npm start`; lists what failed. */
async function walk(samples: PageSample[], runner: Runner): Promise<{ failures: string[]; emulatorStderr: string }> {
  const emulator = await startLikeNpmStart();
  const failures: string[] = [];
  try {
    for (const sample of samples) {
      const problem = await runner(sample, sampleEnv(emulator.exported));
      if (problem) failures.push(`${sample.operationId}: ${problem}`);
    }
  } finally {
    await stop(emulator);
  }
  return { failures, emulatorStderr: emulator.stderr() };
}

describe.concurrent('each page\'s TypeScript samples, in printed order, against a fresh `npm start` emulator', () => {
  it.each(pages)('$page', async ({ samples }) => {
    expect(await walk(samples, runTypescript)).toEqual({ failures: [], emulatorStderr: '' });
  }, 300_000);
});

describe('curl', () => {
  it('is installed, so the curl samples can run', () => {
    expect(curlFound, '`command -v curl` (in bash) found no curl, so the curl samples cannot run: install curl, e.g. apt-get install curl').toBe(true);
  });
});

describe.skipIf(!curlFound).concurrent('each page\'s curl samples, in printed order, against a fresh `npm start` emulator', () => {
  it.each(pages)('$page', async ({ samples }) => {
    expect(await walk(samples, runCurl)).toEqual({ failures: [], emulatorStderr: '' });
  }, 300_000);

  it('stop with a hint, sending nothing, when the export lines were not pasted', async () => {
    const [first] = curl.get('ListCloudConnections') ?? [];
    const { code, stdout, stderr } = await run('bash', ['--norc', '--noprofile', '-c', first as string], { PATH: process.env.PATH, HOME: work, CURL_HOME: path.join(work, 'curl') });
    // bash ends a non-interactive shell with 127 when `${VAR:?}` finds the variable unset, before curl runs.
    expect({ code, stdout, stderr: stderr.trim() }).toEqual({ code: 127, stdout: '', stderr: 'bash: line 1: CLOUD_CONNECT_ENDPOINT: run npm start and paste its export lines' });
  });
});

describe.concurrent('each page\'s CLI samples, in printed order, against a fresh `npm start` emulator', () => {
  it.each(pages)('$page', async ({ samples }) => {
    expect(await walk(samples, runCli)).toEqual({ failures: [], emulatorStderr: '' });
  }, 300_000);

  it('stop with the fix, sending nothing, when the export lines were not pasted', async () => {
    const [first] = cli.get('ListCloudConnections') ?? [];
    const { code, stdout, stderr } = await run('bash', ['--norc', '--noprofile', '-c', first as string], { PATH: `${binDir}:${process.env.PATH}`, HOME: work, XDG_CONFIG_HOME: path.join(work, 'config') });
    expect({ code, stdout, stderr: stderr.trim() }).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: No credentials: set HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK (or CLOUD_CONNECT_TOKEN) and HUAWEICLOUD_SDK_DOMAIN_ID, or run \`cloud-connect configure\` (writes ${path.join(work, 'config', 'cloud-connect', 'config')}).`,
    });
  });
});
