/** Exit codes, documented in the README's CLI section. */
export const EXIT = { ok: 0, usage: 2, client: 3, server: 4, wait: 5 } as const;

/** A mistake in the command line: nothing was sent. Printed as it is, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode: number = EXIT.usage;
}
