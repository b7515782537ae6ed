import { execFile } from 'node:child_process';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Step } from '../context.js';
import { BuildError } from '../context.js';

const require = createRequire(import.meta.url);
const tscPath = require.resolve('typescript/bin/tsc');

/** Compiles src/ and the generated client to `dist/`, the files the package's exports point at. */
export const compile: Step = {
  name: 'compile',
  skipOnCheck: true,
  async run(ctx) {
    const dist = path.join(ctx.root, 'dist');
    await rm(dist, { recursive: true, force: true });
    await new Promise<void>((resolve, reject) => {
      execFile(process.execPath, [tscPath, '-p', 'tsconfig.build.json'], { cwd: ctx.root }, (error, stdout, stderr) => {
        if (error) reject(new BuildError(`tsc failed:\n${stdout}${stderr}`));
        else resolve();
      });
    });
    // tsc emits nothing for a .d.ts input, but the compiled client imports it.
    await mkdir(path.join(dist, 'generated'), { recursive: true });
    await copyFile(path.join(ctx.root, 'generated', 'schema.d.ts'), path.join(dist, 'generated', 'schema.d.ts'));
  },
};
