#!/usr/bin/env node
import { CommanderError } from 'commander';
import { EXIT, UsageError } from './errors.js';
import { buildProgram, expandAlias } from './program.js';
import type { Io } from './run.js';

/** Runs one command line and resolves to its exit code; the heavy modules load only when a command needs them. */
export async function main(rawArgv: readonly string[], io: Io = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) }): Promise<number> {
  const argv = expandAlias(rawArgv);
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const guarded = async (work: () => Promise<number>) => {
    try {
      return await work();
    } catch (error) {
      const { reportError } = await import('./run.js');
      return reportError(error, io);
    }
  };
  const program = buildProgram(argv, io, {
    operation: (command, values, options) => guarded(async () => (await import('./run.js')).runOperation(command, values, options, io)),
    configure: (options) =>
      guarded(async () => {
        const { configure } = await import('./configure.js');
        io.err(`${await configure(options)}\n`);
        return EXIT.ok;
      }),
    completion: (shell) =>
      guarded(async () => {
        const { completionScript } = await import('./completion.js');
        io.out(completionScript(shell));
        return EXIT.ok;
      }),
  }, setExit);
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT.ok;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      // A section without an operation shows the section's help: a usage mistake, but not an error message.
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  return exitCode;
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === new URL(`file://${(await import('node:fs')).realpathSync(process.argv[1])}`).href;
/** Resolves once everything written so far to the stream has been handed to the OS. */
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));

if (isEntryPoint) {
  // A reader that stops early (`cloud-connect --help | head`) closes the pipe: that ends the command, quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2)).then(
    async (code) => {
      // fetch keeps its connection open for reuse, which would hold the process for a while after the answer:
      // leave as soon as the output is out.
      await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
      process.exit(code);
    },
    (error: unknown) => {
      process.stderr.write(`cloud-connect: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
