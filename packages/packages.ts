/**
 * What each published package ships, read by the compile step (generator/steps/compile.ts), the pack-and-install
 * test (test/package/) and the runtime matrix (test/runtimes/). Sources stay in src/; each package folder holds its
 * package.json, README and, after `npm run build`, its build output (git-ignored). packages/README.md says how to
 * add one.
 */
export interface PackageEntry {
  /** Output file name in the package's `dist/`, without `.js` (`index` → `dist/index.js`). */
  readonly out: string;
  /**
   * The source module, relative to the repository root. Several make one file that exports what each of them exports
   * (so one file can serve two subpaths).
   */
  readonly source: string | readonly string[];
  /**
   * Source folders (ending in `/`) or modules this entry owns: the other entries built for the same condition import
   * them from this entry's output instead of bundling a second copy (two copies would break `#private` brand checks
   * and `instanceof` across entries).
   */
  readonly owns?: string | readonly string[];
  /**
   * The resolver condition this entry is built for: `#sender` and `#digest` (the root package.json's `imports`)
   * resolve with it and are bundled in. Without one they resolve to their `default` targets.
   */
  readonly condition?: 'node';
}

/** An entry's sources, or the folders and modules it owns, as a list. */
export const listOf = (value: string | readonly string[] | undefined): readonly string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : value);

export interface PackageSpec {
  /** npm name; must equal the `name` in `<dir>/package.json`. */
  readonly name: string;
  /** Folder of the package, relative to the repository root. */
  readonly dir: string;
  /** `neutral` for code that must run in browsers and edge runtimes (no `node:` import may remain), else `node`. */
  readonly platform: 'neutral' | 'node';
  readonly entries: readonly PackageEntry[];
  /** Files or folders copied into the package as they are: [from (repository root), to (package folder)]. */
  readonly assets: readonly (readonly [from: string, to: string])[];
}

export const packages: readonly PackageSpec[] = [
  {
    name: 'cloud-connect-kit',
    dir: 'packages/client',
    platform: 'neutral',
    entries: [
      // Browsers, Workers and any resolver without the `node` condition (package.json `exports` "default"): `fetch`
      // and Web Crypto only, so no Node code path enters their bundles. The error classes exist once: the generic
      // entry throws the same CloudConnectError the default one exports.
      { out: 'index', source: 'src/index.ts', owns: 'src/errors.ts' },
      { out: 'auth', source: 'src/auth/index.ts', owns: 'src/auth/' },
      // openapi-fetch's typed methods (cc.GET, cc.PUT…), apart so that the default entry does not ship them.
      { out: 'generic', source: 'src/generic.ts' },
      // Node, Deno and Bun (`exports` "node"): `.` and `./auth` are one file with the node:http sender and node:crypto
      // hashing, because every further module file costs a cold import about 2 ms of Node's ESM loader.
      { out: 'node', source: ['src/index.ts', 'src/auth/index.ts'], owns: ['src/errors.ts', 'src/auth/'], condition: 'node' },
      { out: 'node-generic', source: 'src/generic.ts', condition: 'node' },
    ],
    assets: [],
  },
  {
    name: 'cloud-connect-emulator',
    dir: 'packages/emulator',
    platform: 'node',
    // The emulator bundles its own copy of src/auth (it only verifies signatures), so it installs without the client.
    entries: [
      { out: 'index', source: 'src/emulator/index.ts', owns: 'src/emulator/index.ts' },
      { out: 'cli', source: 'src/emulator/cli.ts' },
    ],
    // The emulator finds these by walking up from its module to the nearest `generated/openapi.json`.
    assets: [
      ['generated/openapi.json', 'generated/openapi.json'],
      ['generated/docs', 'generated/docs'],
    ],
  },
  {
    name: 'cloud-connect-cli',
    dir: 'packages/cli',
    platform: 'node',
    // The client's code is bundled in (its default entry needs no openapi-fetch); the CLI installs without it.
    entries: [{ out: 'main', source: 'src/cli/main.ts' }],
    // The CLI finds these by walking up from its module: the spec for its fallback validation, the compiled validators.
    assets: [
      ['generated/openapi.json', 'generated/openapi.json'],
      ['generated/cli-validators.gen.mjs', 'generated/cli-validators.gen.mjs'],
    ],
  },
];
