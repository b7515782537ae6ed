// Runs Redocly CLI commands one after another in this one process (forked by steps/redocly.ts), so a build's later
// command (docs-html after bundle) skips Node's start-up and the loading of Redocly's modules. Plain JavaScript: it
// starts without the TypeScript loader the generator runs under.
//
// @redocly/cli 2.x is published as one pre-bundled program with no API (the @redocly/openapi-core inside it is not
// published at its version), so each command runs the CLI's own entry as `redocly <args>` would. Its command
// wrapper ends a command with `process.once('beforeExit', () => process.exit(code))`; here `process.exit` hands the
// code back instead of ending the process, and the IPC channel is unreferenced while a command runs, so that the
// event loop does empty when the command is done. What a command prints is captured and sent back with its code.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const entry = pathToFileURL(path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'lib', 'index.js')).href;
const exitProcess = process.exit.bind(process);

/** Runs `redocly <args>` and resolves with its exit code and what it printed on stdout and stderr. */
async function runCommand(args, run) {
  const printed = { stdout: '', stderr: '' };
  const writers = { stdout: process.stdout.write, stderr: process.stderr.write };
  for (const stream of ['stdout', 'stderr']) {
    process[stream].write = (chunk, encoding, callback) => {
      printed[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const done = typeof encoding === 'function' ? encoding : callback;
      if (done) queueMicrotask(done);
      return true;
    };
  }
  process.argv = [process.execPath, 'redocly', ...args];
  process.exitCode = undefined;
  process.channel?.unref();
  try {
    const code = await new Promise((resolve) => {
      process.exit = (exitCode) => resolve(exitCode ?? process.exitCode ?? 0);
      // A new URL per command: the entry module evaluates again (it parses process.argv on evaluation); the chunks
      // it imports are loaded once and shared.
      import(`${entry}?run=${run}`).catch((error) => {
        printed.stderr += `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
        resolve(1);
      });
    });
    return { code, ...printed };
  } finally {
    process.exit = exitProcess;
    process.exitCode = undefined;
    Object.assign(process.stdout, { write: writers.stdout });
    Object.assign(process.stderr, { write: writers.stderr });
    process.channel?.ref();
  }
}

let run = 0;
process.on('message', async (message) => {
  const result = await runCommand(message.args, run++);
  // Done with one command is ready for the next.
  process.send({ type: 'done', ...result });
});
// The parent going away (build over, or killed) ends this process, whatever a command left open.
process.on('disconnect', () => exitProcess(0));
process.send({ type: 'ready' });
