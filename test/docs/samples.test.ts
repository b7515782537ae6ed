import { execFile, execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubAnchor } from '../../generator/model/naming.js';
import { startEmulator } from '../../src/emulator/index.js';
import { createSchemaValidator, loadSpecModel, root } from '../support/spec.js';

/*
 * The contract of the docs' code samples: each is copied out of generated/docs as a reader would, type-checked
 * against the package as a consumer installs it, and run against a fresh emulator seeded with the spec's examples,
 * whose ids are the ones the samples name.
 */

const spec = loadSpecModel();
const validator = createSchemaValidator(spec.doc, { closed: true });
const docsDir = path.join(root, 'generated', 'docs');
const work = path.join(root, '.tmp', `docs-samples-${process.pid}`);
const tscPath = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

interface SpecOperation {
  operationId: string;
  /** The JSON schema of the success answer; absent when it has no body (204). */
  schema: object | undefined;
}

const operations: SpecOperation[] = spec.operations.map((op) => ({ operationId: op.operationId, schema: op.success.schema }));

/** Every sample's code by operationId; more than one for an operation is a fault the first test reports. */
async function readSamples(): Promise<{ typescript: Map<string, string[]>; curl: Map<string, string[]>; guideMarkdown: string }> {
  const typescript = new Map<string, string[]>();
  const curl = new Map<string, string[]>();
  for (const page of (await readdir(docsDir)).filter((file) => file.endsWith('.md'))) {
    const markdown = await readFile(path.join(docsDir, page), 'utf8');
    for (const match of markdown.matchAll(/^### (TypeScript|curl) sample for (\S+)\n+```(?:ts|sh)\n([\s\S]*?)\n```$/gm)) {
      const found = match[1] === 'TypeScript' ? typescript : curl;
      const operationId = match[2] as string;
      found.set(operationId, [...(found.get(operationId) ?? []), match[3] as string]);
    }
  }
  return { typescript, curl, guideMarkdown: await readFile(path.join(docsDir, 'guide.md'), 'utf8') };
}

const { typescript, curl, guideMarkdown } = await readSamples();

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

/**
 * Runs `use` against a new emulator seeded from the examples, so no sample sees what another one changed. The
 * environment is built from scratch: what a sample needs must come from the variables its docs name.
 */
async function withSeededEmulator(use: (env: NodeJS.ProcessEnv) => Promise<Outcome>): Promise<Outcome & { logged: string[] }> {
  const logged: string[] = [];
  const emulator = await startEmulator({ seed: 'examples', asyncDelayMs: 20, docsDir: false, log: (line) => logged.push(line) });
  try {
    const outcome = await use({
      PATH: process.env.PATH,
      HOME: work,
      CURL_HOME: path.join(work, 'curl'),
      CLOUD_CONNECT_ENDPOINT: emulator.url,
      HUAWEICLOUD_SDK_AK: emulator.credentials.accessKey,
      HUAWEICLOUD_SDK_SK: emulator.credentials.secretKey,
      HUAWEICLOUD_SDK_DOMAIN_ID: emulator.domainId,
      CLOUD_CONNECT_TOKEN: emulator.token,
    });
    return { ...outcome, logged };
  } finally {
    await emulator.close();
  }
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
  it('are one TypeScript and one curl sample per operation of the spec, and none for anything else', () => {
    const counts = operations.map(({ operationId }) => ({
      operationId,
      typescript: typescript.get(operationId)?.length ?? 0,
      curl: curl.get(operationId)?.length ?? 0,
    }));
    expect(counts.filter((c) => c.typescript !== 1 || c.curl !== 1)).toEqual([]);
    const known = new Set(operations.map((op) => op.operationId));
    expect([...typescript.keys(), ...curl.keys()].filter((id) => !known.has(id))).toEqual([]);
    expect(operations).toHaveLength(111);
  });

  it('name no placeholder id: every id a sample uses is one the examples describe', () => {
    const placeholders = [...typescript, ...curl].filter(([, samples]) => samples.some((code) => code.includes('00000000-0000-4000-8000-000000000000')));
    expect(placeholders.map(([operationId]) => operationId)).toEqual([]);
  });

  it("compile in one tsc run, strict, against the package as a consumer installs it, with the guide's snippets", () => {
    expect(guide).toHaveLength(guideMarkdown.match(/```ts\n/g)?.length ?? 0);
    expect(tscOutput).toBe('');
  });
});

describe.concurrent('each TypeScript sample, run against a fresh seeded emulator', () => {
  it.each(operations)('$operationId exits 0 and prints its documented result', async ({ operationId, schema }) => {
    const script = path.join(work, 'out', 'samples', `${operationId}.js`);
    const { code, stdout, stderr, logged } = await withSeededEmulator((env) => run(process.execPath, ['--import', './print-json.mjs', script], env));
    expect({ code, stderr, logged }).toEqual({ code: 0, stderr: '', logged: [] });
    if (schema === undefined) expect(stdout).toBe('');
    else expect(schemaErrors(schema, JSON.parse(stdout))).toEqual([]);
  });
});

describe('curl', () => {
  it('is installed, so the curl samples can run', () => {
    expect(curlFound, '`command -v curl` (in bash) found no curl, so the curl samples cannot run: install curl, e.g. apt-get install curl').toBe(true);
  });
});

describe.skipIf(!curlFound).concurrent('each curl sample, run with bash against a fresh seeded emulator', () => {
  it.each(operations)('$operationId answers 2xx with a body its success schema accepts', async ({ operationId, schema }) => {
    const [sample] = curl.get(operationId) ?? [];
    expect(sample, `${operationId} has no curl sample`).toBeDefined();
    const { code, stdout, stderr, logged } = await withSeededEmulator((env) => run('bash', ['--norc', '--noprofile', '-c', `set -euo pipefail\n${sample}`], env));
    expect({ code, stderr, logged }).toEqual({ code: 0, stderr: '', logged: [] });
    // The .curlrc appends the status on a line of its own.
    const cut = stdout.lastIndexOf('\n');
    const [status, body] = [Number(stdout.slice(cut + 1)), stdout.slice(0, cut)];
    expect(Math.floor(status / 100), `HTTP ${status} ${body}`).toBe(2);
    if (schema === undefined) expect(body).toBe('');
    else expect(schemaErrors(schema, JSON.parse(body))).toEqual([]);
  });
});
