import { execFile, fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BuildContext } from '../context.js';
import { BuildError } from '../context.js';

const require = createRequire(import.meta.url);
const cliPath = path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
const jobsPath = new URL('./redocly-jobs.mjs', import.meta.url);
const redoclyEnv = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };

/** The box Redocly prints about Node 20's end of life says nothing about this project; keep it out of errors. */
function withoutBanner(output: string): string {
  return output
    .split('\n')
    .filter((line) => !/[╔╚║]/.test(line))
    .join('\n')
    .trim();
}

/** Redocly's report of one command: its output, or a build failure carrying it. */
function settle(args: readonly string[], failed: boolean, stdout: string, stderr: string): string {
  const report = withoutBanner(`${stdout}\n${stderr}`);
  if (failed) throw new BuildError(`redocly ${args[0]} failed:\n${report}`);
  return report;
}

/**
 * Runs the pinned Redocly CLI in a process of its own with the project's config (or one derived from it), failing
 * the build with Redocly's own report.
 */
export function runRedocly(ctx: BuildContext, args: string[], config = ctx.redoclyConfig): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cliPath, ...args, '--config', config], { cwd: ctx.root, maxBuffer: 64 * 1024 * 1024, env: redoclyEnv }, (error, stdout, stderr) => {
      try {
        resolve(settle(args, error !== null, stdout, stderr));
      } catch (failure) {
        reject(failure);
      }
    });
  });
}

interface Job {
  readonly args: readonly string[];
  readonly first: boolean;
  resolve(report: string): void;
  reject(error: unknown): void;
}

/**
 * The build's shared Redocly process (`redocly-jobs.mjs`): commands queue and run there one after another, so they
 * pay Node's start-up and Redocly's module loading once. When it is free, a command marked `first` goes before the
 * others queued.
 */
class RedoclyJobs {
  private readonly child: ChildProcess;
  private readonly queue: Job[] = [];
  private current: Job | undefined;
  private ready = false;
  private crashOutput = '';

  constructor(root: string) {
    this.child = fork(jobsPath, [], { cwd: root, env: redoclyEnv, execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.crashOutput += chunk.toString('utf8')));
    this.child.on('message', (message: { type: 'ready' } | { type: 'done'; code: number; stdout: string; stderr: string }) => {
      if (message.type === 'done' && this.current) {
        const job = this.current;
        this.current = undefined;
        try {
          job.resolve(settle(job.args, message.code !== 0, message.stdout, message.stderr));
        } catch (failure) {
          job.reject(failure);
        }
      }
      this.ready = true;
      this.next();
    });
    const stop = (reason: string) => {
      const unfinished = [...(this.current ? [this.current] : []), ...this.queue.splice(0)];
      this.current = undefined;
      for (const job of unfinished) job.reject(new BuildError(`redocly ${job.args[0]} failed: ${reason}\n${withoutBanner(this.crashOutput)}`.trim()));
    };
    this.child.on('error', (error) => stop(`its process could not run (${error.message})`));
    this.child.on('exit', (code, signal) => stop(`its process ended (${signal ?? `exit code ${code}`}) before the command finished`));
  }

  run(args: readonly string[], first: boolean): Promise<string> {
    return new Promise((resolve, reject) => {
      this.queue.push({ args, first, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (!this.ready || this.current || this.queue.length === 0) return;
    const index = Math.max(0, this.queue.findIndex((job) => job.first));
    const [job] = this.queue.splice(index, 1) as [Job];
    this.ready = false;
    this.current = job;
    this.child.send({ args: job.args });
  }

  end(): void {
    if (this.child.connected) this.child.disconnect();
  }
}

const shared = new WeakMap<BuildContext, RedoclyJobs>();

/**
 * Runs a Redocly command with the project's config in the build's shared Redocly process, started on first use.
 * `first`: the command is on the build's critical path (bundle), so it runs before commands queued with it (lint).
 */
export function runSharedRedocly(ctx: BuildContext, args: string[], { first = false } = {}): Promise<string> {
  let jobs = shared.get(ctx);
  if (!jobs) {
    jobs = new RedoclyJobs(ctx.root);
    shared.set(ctx, jobs);
  }
  return jobs.run([...args, '--config', ctx.redoclyConfig], first);
}

/** Lets the build's shared Redocly process end; called once the build is over. */
export function endSharedRedocly(ctx: BuildContext): void {
  shared.get(ctx)?.end();
  shared.delete(ctx);
}
