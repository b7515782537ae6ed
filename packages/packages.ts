/**
 * What each published package ships, read by the compile step (generator/steps/compile.ts), the pack-and-install
 * test (test/package/) and the runtime matrix (test/runtimes/). Sources stay in src/; each package folder holds its
 * package.json, README and, after `npm run build`, its build output (git-ignored). packages/README.md says how to
 * add one.
 */
export interface PackageEntry {
  /** Output file name in the package's `dist/`, without `.js` (`index` → `dist/index.js`). */
  readonly out: string;
  /** The source module, relative to the repository root. */
  readonly source: string;
  /**
   * A source folder this entry owns: other entries of the same package import its modules from this entry's output
   * instead of bundling a second copy (two copies would break `#private` brand checks across entries).
   */
  readonly owns?: string;
}

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
      // The error classes exist once: the generic entry throws the same CloudConnectError the default one exports.
      { out: 'index', source: 'src/index.ts', owns: 'src/errors.ts' },
      { out: 'auth', source: 'src/auth/index.ts', owns: 'src/auth/' },
      // openapi-fetch's typed methods (cc.GET, cc.PUT…), apart so that the default entry does not ship them.
      { out: 'generic', source: 'src/generic.ts' },
      // The two targets of `#sender` (package.json `imports`): Node resolves the `node` condition to the node:http
      // sender, browsers and edge bundlers get the fetch-only one, so the Node sender never enters their bundles.
      { out: 'sender-node', source: 'src/senders/default-node.ts' },
      { out: 'sender-fetch', source: 'src/senders/default-fetch.ts' },
      // The same for `#digest`: node:crypto (synchronous) under `node`, Web Crypto alone elsewhere.
      { out: 'digest-node', source: 'src/auth/digest-node.ts' },
      { out: 'digest-web', source: 'src/auth/digest-web.ts' },
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
