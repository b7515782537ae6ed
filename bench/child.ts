import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const benchDir = path.join(root, 'bench');
const require = createRequire(import.meta.url);
/** tsx's loader, resolved once so children start the same way wherever the bench was launched from. */
const tsxLoader = pathToFileURL(require.resolve('tsx')).href;

/**
 * The file Node loads for `subpath` of the built client package in `packageDir`: its package.json `exports` under the
 * `node` condition, as an application importing `cloud-connect-kit` by name gets it.
 */
export function nodeEntry(packageDir: string, subpath: '.' | './generic'): string {
  const manifest = require(path.join(packageDir, 'package.json')) as { exports: Record<string, { node?: string; default: string }> };
  const target = manifest.exports[subpath];
  if (target === undefined) throw new Error(`${packageDir}/package.json exports no "${subpath}"`);
  return path.join(packageDir, target.node ?? target.default);
}

/** Children answer on lines with this prefix; anything a library prints on stdout is ignored. */
export const RESULT_MARK = '@@bench ';

export function reply(value: unknown): void {
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(value)}\n`);
}

/** Calls `handle` for each JSON line the parent sends, one at a time, and ends the process when stdin closes. */
export function serveCommands<C>(handle: (command: C) => Promise<unknown>, onEnd: () => Promise<void> = async () => {}): void {
  let buffered = '';
  let queue = Promise.resolve();
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    buffered += chunk;
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      queue = queue.then(async () => {
        try {
          reply(await handle(JSON.parse(line) as C));
        } catch (error) {
          reply({ error: error instanceof Error ? error.message : String(error) });
        }
      });
    }
  });
  process.stdin.on('end', () => void queue.then(onEnd).then(() => process.exit(0)));
}

const running = new Set<ChildProcess>();
// A crashed or interrupted bench must not leave servers listening or workers spinning behind it.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * A bench script in its own Node process (TypeScript through tsx). A fresh process per contender keeps one
 * contender's JIT state, heap and connection pools away from the next; on 2 cores it also lets a server and its
 * load generator each have a core instead of sharing an event loop.
 */
export interface BenchProcess {
  /** The next answer the child `reply`-ed; rejects if it exits or errs first, or after `timeoutMs`. */
  next<T>(timeoutMs?: number): Promise<T>;
  /** Sends one command line (see `serveCommands`). */
  send(command: unknown): void;
  /** Closes stdin (the child's cue to clean up and exit) and waits, killing it if it hangs. */
  stop(): Promise<void>;
}

export function spawnScript(script: string, args: unknown): BenchProcess {
  const child = spawn(process.execPath, ['--import', tsxLoader, path.join(benchDir, script), JSON.stringify(args)], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  const answers: string[] = [];
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  let stdout = '';
  let stderr = '';
  let exitError: Error | undefined;
  const exited = new Promise<void>((done) =>
    child.on('close', (code, signal) => {
      running.delete(child);
      const tail = stderr.trim().split('\n').slice(-6).join(' / ');
      exitError = new Error(`${script} ${JSON.stringify(args).slice(0, 120)} exited (${signal ?? `code ${code}`}) without answering: ${tail}`);
      for (const w of waiting.splice(0)) w.reject(exitError);
      done();
    }),
  );
  child.on('error', (error) => {
    exitError = error;
    for (const w of waiting.splice(0)) w.reject(error);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    let newline: number;
    while ((newline = stdout.indexOf('\n')) >= 0) {
      const line = stdout.slice(0, newline);
      stdout = stdout.slice(newline + 1);
      if (!line.startsWith(RESULT_MARK)) continue;
      const answer = line.slice(RESULT_MARK.length);
      const w = waiting.shift();
      if (w) w.resolve(answer);
      else answers.push(answer);
    }
  });
  return {
    next<T>(timeoutMs = 180_000) {
      const ready = answers.shift();
      if (ready !== undefined) return Promise.resolve(parseAnswer<T>(ready));
      if (exitError) return Promise.reject(exitError);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`${script} gave no answer within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.push({
          resolve: (line) => (clearTimeout(timer), settle(() => parseAnswer<T>(line), resolve, reject)),
          reject: (error) => (clearTimeout(timer), reject(error)),
        });
      });
    },
    send(command) {
      child.stdin.write(`${JSON.stringify(command)}\n`);
    },
    async stop() {
      child.stdin.end();
      const fallback = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(fallback);
    },
  };
}

function settle<T>(compute: () => T, resolve: (value: T) => void, reject: (error: Error) => void): void {
  try {
    resolve(compute());
  } catch (error) {
    reject(error as Error);
  }
}

/** A child reports a failure as `{ error }` so the parent can show the reason rather than a bare exit code. */
function parseAnswer<T>(line: string): T {
  const value = JSON.parse(line) as T & { error?: string };
  if (typeof value === 'object' && value !== null && typeof value.error === 'string') throw new Error(value.error);
  return value;
}

/** Runs a one-shot job in a fresh process and returns its single answer. */
export async function runScript<T>(script: string, args: unknown, timeoutMs?: number): Promise<T> {
  const child = spawnScript(script, args);
  try {
    return await child.next<T>(timeoutMs);
  } finally {
    await child.stop();
  }
}
