import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildError } from '../../generator/context.js';
import { buildPackages } from '../../generator/steps/compile.js';
import type { PackageSpec } from '../../packages/packages.js';
import { root } from '../support/spec.js';

const work = path.join(root, '.tmp', `package-build-${process.pid}`);

/** A package of two entries: `index` imports from the folder `lib/`, which the `lib` entry owns. */
const spec: PackageSpec = {
  name: 'fixture-kit',
  dir: 'pkg',
  platform: 'neutral',
  entries: [
    { out: 'index', source: 'src/index.ts' },
    { out: 'lib', source: 'src/lib/index.ts', owns: 'src/lib/' },
  ],
  assets: [],
};

const LIB = `export class Key { readonly #secret = 's'; static holds(k: object): boolean { return #secret in k; } }
export const internal = 1;
`;

async function fixture(name: string, index: string, libIndex = "export { Key } from './key.js';\n"): Promise<string> {
  const dir = path.join(work, name);
  const files: Record<string, string> = {
    'pkg/package.json': JSON.stringify({ name: 'fixture-kit', type: 'module', dependencies: { 'openapi-fetch': '0.17.0' } }),
    'tsconfig.build.json': JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', declaration: true, emitDeclarationOnly: true, noCheck: true, skipLibCheck: true, types: [], rootDir: '.' },
      include: ['src'],
    }),
    'src/index.ts': index,
    'src/lib/index.ts': libIndex,
    'src/lib/key.ts': LIB,
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

beforeAll(() => rm(work, { recursive: true, force: true }));
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the compile step', () => {
  it('imports a module another entry owns from that entry\'s file, so the package holds one copy of it', async () => {
    const dir = await fixture('one-copy', "export { Key } from './lib/key.js';\nexport const answer = 42;\n");
    await buildPackages(dir, dir, [spec]);
    const index = await readFile(path.join(dir, 'pkg', 'dist', 'index.js'), 'utf8');
    expect({ files: (await readdir(path.join(dir, 'pkg', 'dist'))).sort(), importsLib: index.includes('from "./lib.js"'), copiesKey: index.includes('class Key') }).toEqual({
      files: ['index.js', 'lib.js', 'types'],
      importsLib: true,
      copiesKey: false,
    });
    expect((await readdir(path.join(dir, 'pkg', 'dist', 'types', 'src', 'lib'))).sort()).toEqual(['index.d.ts', 'key.d.ts']);
  }, 60_000);

  it('builds an entry of several sources for a condition as one file, resolving the root\'s `imports` with that condition', async () => {
    const dir = await fixture('by-condition', "export { Key } from './lib/key.js';\nexport { where } from '#where';\n");
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ type: 'module', imports: { '#where': { node: './src/where-node.ts', default: './src/where-web.ts' } } }));
    await writeFile(path.join(dir, 'src', 'where-node.ts'), "export const where = 'node';\n");
    await writeFile(path.join(dir, 'src', 'where-web.ts'), "export const where = 'web';\n");
    const byCondition: PackageSpec = {
      ...spec,
      entries: [...spec.entries, { out: 'node', source: ['src/index.ts', 'src/lib/index.ts'], owns: ['src/lib/'], condition: 'node' }],
    };
    await buildPackages(dir, dir, [byCondition]);
    const load = async (file: string) => (await import(pathToFileURL(path.join(dir, 'pkg', 'dist', file)).href)) as Record<string, unknown>;
    const [index, node] = await Promise.all([load('index.js'), load('node.js')]);
    const nodeCode = await readFile(path.join(dir, 'pkg', 'dist', 'node.js'), 'utf8');
    expect({
      files: (await readdir(path.join(dir, 'pkg', 'dist'))).sort(),
      index: { where: index.where, sharesKeyWithLib: index.Key === (await load('lib.js')).Key },
      node: { where: node.where, exports: Object.keys(node).sort(), imports: nodeCode.match(/^import .*$/gm) ?? [] },
    }).toEqual({
      files: ['index.js', 'lib.js', 'node.js', 'types'],
      index: { where: 'web', sharesKeyWithLib: true },
      node: { where: 'node', exports: ['Key', 'where'], imports: [] },
    });
  }, 60_000);

  it.each([
    {
      given: 'a package missing from dependencies',
      index: "import leftPad from 'left-pad';\nexport const padded = leftPad('1', 2);\n",
      want: 'fixture-kit cannot ship as built: index.js imports "left-pad": add "left-pad" to pkg/package.json "dependencies".',
    },
    {
      given: 'a node: module in a package that runs outside Node',
      index: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      want: 'fixture-kit cannot ship as built: index.js imports "node:fs": load node: modules through process.getBuiltinModule, so that browsers never see them.',
    },
    {
      given: 'a name the other entry does not export',
      index: "import { internal } from './lib/key.js';\nexport const value = internal;\n",
      want: "fixture-kit cannot ship as built: index.js imports internal from lib.js, which does not export it (export it from that entry's source).",
    },
  ])('refuses $given, naming the file, the import and the fix', async ({ given, index, want }) => {
    const dir = await fixture(given.replace(/\W+/g, '-'), index);
    const failure = await buildPackages(dir, dir, [spec]).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(BuildError);
    expect((failure as Error).message).toBe(want);
  }, 60_000);
});
