import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BuildContext } from '../context.js';
import { BuildError } from '../context.js';

const require = createRequire(import.meta.url);
const cliPath = path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

/** The box Redocly prints about Node 20's end of life says nothing about this project; keep it out of errors. */
function withoutBanner(output: string): string {
  return output
    .split('\n')
    .filter((line) => !/[╔╚║]/.test(line))
    .join('\n')
    .trim();
}

/** Runs the pinned Redocly CLI with the project's config (or one derived from it), failing the build with Redocly's own report. */
export function runRedocly(ctx: BuildContext, args: string[], config = ctx.redoclyConfig): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cliPath, ...args, '--config', config],
      { cwd: ctx.root, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' } },
      (error, stdout, stderr) => {
        const report = withoutBanner(`${stdout}\n${stderr}`);
        if (error) reject(new BuildError(`redocly ${args[0]} failed:\n${report}`));
        else resolve(report);
      },
    );
  });
}
