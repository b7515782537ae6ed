import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { listOf, packages, type PackageEntry, type PackageSpec } from '../../packages/packages.js';
import type { Step } from '../context.js';
import { BuildError } from '../context.js';

const require = createRequire(import.meta.url);
const tscPath = require.resolve('typescript/bin/tsc');

/**
 * Builds every package of packages/packages.ts into its folder: one bundled ESM file per entry (esbuild), the
 * declarations tsc emits for it (`emitDeclarationOnly`, `noCheck`: `npm run typecheck` already type-checks the same
 * files), and its assets. `outRoot` lets the benchmark build elsewhere than the repository.
 */
export async function buildPackages(root: string, outRoot: string = root, specs: readonly PackageSpec[] = packages): Promise<void> {
  const declarations = path.join(outRoot, '.tmp', `declarations-${process.pid}`);
  const outputs = specs.flatMap((pkg) => ['dist', ...pkg.assets.map(([, to]) => to)].map((folder) => path.join(outRoot, pkg.dir, folder)));
  await Promise.all(outputs.map((output) => rm(output, { recursive: true, force: true })));
  try {
    // tsc (a separate process) and esbuild run side by side; the declarations are sorted into packages afterwards.
    // allSettled: a failed bundle must not let the finally below remove the folder while tsc still writes into it.
    const settled = await Promise.allSettled([...specs.map((pkg) => bundle(root, outRoot, pkg)), emitDeclarations(root, declarations)]);
    const failed = settled.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    await Promise.all(specs.map((pkg) => copyDeclarations(root, declarations, path.join(outRoot, pkg.dir), pkg)));
    const copies = specs.flatMap((pkg) => [
      ...pkg.assets.map(([from, to]) => [path.join(root, from), path.join(outRoot, pkg.dir, to)] as const),
      // A build made elsewhere gets the manifests too, so it can be packed there.
      ...(outRoot === root ? [] : ['package.json', 'README.md'].map((file) => [path.join(root, pkg.dir, file), path.join(outRoot, pkg.dir, file)] as const)),
    ]);
    await Promise.all(copies.map(([from, to]) => copyAsset(from, to)));
  } finally {
    await rm(declarations, { recursive: true, force: true });
  }
}

function emitDeclarations(root: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [tscPath, '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new BuildError(`tsc (declarations) failed:\n${stdout}${stderr}`));
      else resolve();
    });
  });
}

const within = (file: string, owned: string) => (owned.endsWith('/') ? file.startsWith(owned) : file === owned);
const ownedBy = (file: string, entry: PackageEntry) => listOf(entry.owns).some((owned) => within(file, owned));

/**
 * An import of a module that another entry built for the same condition owns becomes an import of that entry's
 * output file, so each module exists once per condition.
 */
function entryImports(root: string, pkg: PackageSpec, building: PackageEntry): Plugin {
  // An entry bundles what it owns itself; only the other entries' owned modules become imports.
  const owners = pkg.entries.filter((entry) => entry.owns !== undefined && entry !== building && entry.condition === building.condition);
  return {
    name: 'entry-imports',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const target = path.relative(root, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/').replace(/\.js$/, '.ts');
        const importer = path.relative(root, args.importer).split(path.sep).join('/');
        const owner = owners.find((entry) => ownedBy(target, entry) && !ownedBy(importer, entry));
        return owner ? { path: `./${owner.out}.js`, external: true } : undefined;
      });
    },
  };
}

/** Where esbuild starts: the source itself, or, for an entry of several sources, a module re-exporting each of them. */
function entryPoint(root: string, outDir: string, entry: PackageEntry): Pick<BuildOptions, 'entryPoints' | 'outdir' | 'stdin' | 'outfile'> {
  const sources = listOf(entry.source);
  if (sources.length === 1) return { entryPoints: { [entry.out]: sources[0] as string }, outdir: outDir };
  const contents = sources.map((source) => `export * from ${JSON.stringify(`./${source}`)};\n`).join('');
  return { stdin: { contents, resolveDir: root, sourcefile: `${entry.out}.ts`, loader: 'ts' }, outfile: path.join(outDir, `${entry.out}.js`) };
}

async function bundle(root: string, outRoot: string, pkg: PackageSpec): Promise<void> {
  const manifest = JSON.parse(await readFile(path.join(root, pkg.dir, 'package.json'), 'utf8')) as { name: string; dependencies?: Record<string, string> };
  if (manifest.name !== pkg.name) throw new BuildError(`${pkg.dir}/package.json is named "${manifest.name}" but packages/packages.ts says "${pkg.name}"; make them agree.`);
  // One build per entry, so an entry that owns a module bundles it while the others import it from that entry.
  const results = await Promise.all(
    pkg.entries.map((entry) =>
      build({
        absWorkingDir: root,
        ...entryPoint(root, path.join(outRoot, pkg.dir, 'dist'), entry),
        bundle: true,
        format: 'esm',
        platform: pkg.platform,
        // `#sender` and `#digest` resolve by the root package.json's `imports`: to their `default` targets, or with
        // the entry's condition.
        conditions: entry.condition === undefined ? [] : [entry.condition],
        target: 'es2022',
        packages: 'external',
        // Kept external so the check below can name them: they must not reach a package that runs outside Node.
        external: pkg.platform === 'neutral' ? ['node:*'] : [],
        plugins: [entryImports(root, pkg, entry)],
        metafile: true,
        logLevel: 'silent',
      }).catch((error: unknown) => {
        throw new BuildError(`esbuild failed for ${pkg.name} (${entry.out}): ${(error as Error).message}`);
      }),
    ),
  );
  const result = { metafile: { outputs: Object.assign({}, ...results.map((r) => r.metafile.outputs)) as Metafile['outputs'] } };
  const allowed = new Set(Object.keys(manifest.dependencies ?? {}));
  const siblings = new Set(pkg.entries.map((entry) => `./${entry.out}.js`));
  const fix = (specifier: string) =>
    isBuiltin(specifier)
      ? 'load node: modules through process.getBuiltinModule, so that browsers never see them'
      : `add "${packageName(specifier)}" to ${pkg.dir}/package.json "dependencies"`;
  const problems = Object.entries(result.metafile.outputs).flatMap(([file, output]) =>
    output.imports
      .filter((i) => i.external && !siblings.has(i.path))
      .filter((i) => (isBuiltin(i.path) ? pkg.platform !== 'node' : !allowed.has(packageName(i.path))))
      .map((i) => `${path.basename(file)} imports "${i.path}": ${fix(i.path)}`),
  );
  problems.push(...(await missingSiblingExports(root, result.metafile.outputs)));
  if (problems.length > 0) throw new BuildError(`${pkg.name} cannot ship as built: ${problems.join('; ')}.`);
}

/**
 * Names one entry imports from another that the other does not export: esbuild leaves those imports alone (they are
 * external to it), so without this check they would only fail when a user loads the package.
 */
async function missingSiblingExports(root: string, outputs: Metafile['outputs']): Promise<string[]> {
  const exportsOf = new Map(Object.entries(outputs).map(([file, output]) => [path.basename(file), new Set(output.exports)]));
  const problems: string[] = [];
  for (const file of Object.keys(outputs)) {
    const code = await readFile(path.resolve(root, file), 'utf8');
    for (const [, names, sibling] of code.matchAll(/(?:import|export)\s*\{([^}]*)\}\s*from\s*["']\.\/([^"']+)["']/g)) {
      const available = exportsOf.get(sibling as string);
      if (available === undefined) continue;
      const missing = (names as string).split(',').map((n) => n.trim().split(/\s+as\s+/)[0] as string).filter((n) => n !== '' && !available.has(n));
      if (missing.length > 0) problems.push(`${path.basename(file)} imports ${missing.join(', ')} from ${sibling}, which does not export it (export it from that entry's source)`);
    }
  }
  return problems;
}

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier);
const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Relative module specifiers a declaration file imports, re-exports or references with `import("…")`. */
function relativeSpecifiers(source: string): string[] {
  return [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1] as string);
}

/** Copies the declarations reachable from the package's entries into `<package>/dist/types/`, keeping their paths. */
async function copyDeclarations(root: string, declarations: string, packageDir: string, pkg: PackageSpec): Promise<void> {
  const queue = pkg.entries.flatMap((entry) => listOf(entry.source).map((source) => source.replace(/\.ts$/, '.d.ts')));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const relative = queue.pop() as string;
    if (seen.has(relative)) continue;
    seen.add(relative);
    // Hand-written or generated `.d.ts` inputs (generated/schema.d.ts) are not emitted by tsc; they are copied as they are.
    const from = [path.join(declarations, relative), path.join(root, relative)].find((file) => existsSync(file));
    if (from === undefined) throw new BuildError(`${pkg.name}: no declaration ${relative} (tsc emitted none, and the repository has none).`);
    const text = await readFile(from, 'utf8');
    await copyAsset(from, path.join(packageDir, 'dist', 'types', relative));
    for (const specifier of relativeSpecifiers(text)) {
      queue.push(path.posix.join(path.posix.dirname(relative), specifier).replace(/\.js$/, '.d.ts'));
    }
  }
}

async function copyAsset(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await cp(from, to, { recursive: true });
}

/** The packages' build output (see packages/README.md). */
export const compile: Step = {
  name: 'compile',
  skipOnCheck: true,
  async run(ctx) {
    await buildPackages(ctx.root);
  },
};
