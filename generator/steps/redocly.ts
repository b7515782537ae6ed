import { fork, type ChildProcess } from 'node:child_process';
import type { BuildContext } from '../context.js';
import { BuildError } from '../context.js';

const jobsScript = new URL('./redocly-jobs.mjs', import.meta.url);
const redoclyEnv = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };

/** The box Redocly prints about Node 20's end of life says nothing about this project; keep it out of errors. */
function withoutBanner(output: string): string {
  return output
    .split('\n')
    .filter((line) => !/[╔╚║]/.test(line))
    .join('\n')
    .trim();
}

type Reply = { type: 'ready' } | { type: 'done'; code: number; stdout: string; stderr: string };

/** One Node process running `redocly-jobs.mjs`: it takes one Redocly command at a time. */
class RedoclyProcess {
  busy = false;
  /** False once the process has ended: a build's later commands go to another one. */
  alive = true;
  private readonly child: ChildProcess;
  private readonly started: Promise<void>;
  private pending: { resolve(reply: Extract<Reply, { type: 'done' }>): void; reject(error: Error): void } | undefined;
  private stderr = '';

  constructor(root: string) {
    this.child = fork(jobsScript, [], { cwd: root, env: redoclyEnv, execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.started = new Promise((resolve, reject) => {
      this.child.on('message', (reply: Reply) => {
        if (reply.type === 'ready') resolve();
        else this.pending?.resolve(reply);
      });
      const fail = (reason: string) => {
        this.alive = false;
        const error = new Error(`${reason}${this.stderr.trim() ? `:\n${withoutBanner(this.stderr)}` : ''}`);
        reject(error);
        this.pending?.reject(error);
      };
      this.child.on('error', (error) => fail(`its process could not start (${error.message})`));
      this.child.on('exit', (code, signal) => fail(`its process ended (${signal ?? `exit code ${code}`}) before the command finished`));
    });
    this.started.catch(() => {});
  }

  async run(args: readonly string[]): Promise<Extract<Reply, { type: 'done' }>> {
    this.busy = true;
    try {
      await this.started;
      return await new Promise((resolve, reject) => {
        this.pending = { resolve, reject };
        this.child.send({ args });
      });
    } finally {
      this.pending = undefined;
      this.busy = false;
    }
  }

  /** Resolves once the process has exited (and was reaped, so its CPU time counts as this process's children's). */
  async end(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    if (this.child.connected) this.child.disconnect();
    await exited;
  }
}

/**
 * The build's Redocly processes. A command runs in one that is free, or in a new one: lint and bundle, which start
 * together, get one each, and docs-html, which comes after bundle, reuses bundle's, so it skips Node's start-up and
 * the loading of Redocly's modules (both on the build's longest chain).
 */
const processes = new WeakMap<BuildContext, RedoclyProcess[]>();

/** Runs the pinned Redocly CLI with the project's config (or one derived from it), failing the build with Redocly's own report. */
export async function runRedocly(ctx: BuildContext, args: string[], config = ctx.redoclyConfig): Promise<string> {
  const pool = processes.get(ctx) ?? [];
  processes.set(ctx, pool);
  let redocly = pool.find((candidate) => candidate.alive && !candidate.busy);
  if (!redocly) {
    redocly = new RedoclyProcess(ctx.root);
    pool.push(redocly);
  }
  const result = await redocly.run([...args, '--config', config]).catch((error: Error) => {
    throw new BuildError(`redocly ${args[0]} failed: ${error.message}`);
  });
  const report = withoutBanner(`${result.stdout}\n${result.stderr}`);
  if (result.code !== 0) throw new BuildError(`redocly ${args[0]} failed:\n${report}`);
  return report;
}

/** How many Redocly processes the build has started and not ended (what shows that commands share them). */
export function redoclyProcessCount(ctx: BuildContext): number {
  return (processes.get(ctx) ?? []).filter((redocly) => redocly.alive).length;
}

/** Ends the build's Redocly processes and waits for them to exit; called once the build is over. */
export async function endRedocly(ctx: BuildContext): Promise<void> {
  const pool = processes.get(ctx) ?? [];
  processes.delete(ctx);
  await Promise.all(pool.map((redocly) => redocly.end()));
}
