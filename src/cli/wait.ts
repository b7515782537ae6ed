import { CloudConnectWaitError, waitFor, waitForDeletion, type CloudConnectClient } from '../index.js';
import type { CallArgs } from './args.js';
import { methodName } from './commands.js';
import type { CliCommand } from './table.js';
import { UsageError } from './errors.js';
import type { Io } from './run.js';

type Wait = NonNullable<CliCommand['wait']>;
interface Timing {
  timeoutMs: number;
  intervalMs: number;
}

export function valueAt(data: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls an answer that holds the operation's item in an array (a site network's connections, a list of policies)
 * until the item is in one of `until`, or gone. The client's waiters watch a Show…'s own resource; this item has
 * none of its own. Fails like them: a FAILED/ERROR state or the time running out is a CloudConnectWaitError.
 */
async function waitForItem(cc: CloudConnectClient, wait: Wait, showArgs: CallArgs, id: unknown, timing: Timing): Promise<void> {
  const { at, field } = wait.item!;
  const call = (cc as unknown as Record<string, (a: CallArgs) => Promise<unknown>>)[methodName(wait.show)]!;
  const deadline = Date.now() + timing.timeoutMs;
  const target = wait.kind === 'gone' ? 'it to be gone' : (wait.until ?? []).join(' or ');
  let last: string | null = null;
  for (;;) {
    const holder = valueAt(await call.call(cc, showArgs), at);
    const item = Array.isArray(holder) ? (holder as Record<string, unknown>[]).find((candidate) => candidate.id === id) : undefined;
    if (wait.kind === 'gone' && item === undefined) return;
    if (wait.kind === 'ready') {
      if (item === undefined) throw new CloudConnectWaitError(wait.show, 'failed', null, `${wait.show}: ${at} no longer holds ${String(id)} while waiting for ${target}.`);
      last = String(item[field] ?? '');
      if (wait.until!.includes(last)) return;
      if (/FAIL|ERROR/.test(last)) throw new CloudConnectWaitError(wait.show, 'failed', last, `${wait.show}: ${String(id)} in ${at} reached state ${last} while waiting for ${target}.`);
    } else last = String(item![field] ?? '');
    if (Date.now() + timing.intervalMs > deadline) {
      throw new CloudConnectWaitError(wait.show, 'timeout', last, `${wait.show}: ${String(id)} in ${at} is still state ${last} after ${timing.timeoutMs} ms waiting for ${target}; raise --wait-timeout or check the resource.`);
    }
    await pause(timing.intervalMs);
  }
}

/**
 * Waits after an operation: polls the command's Show… (or list) operation, drawing progress on stderr (never
 * stdout, which holds the answer). Resolves to what stdout prints: the settled resource when a Show… reports it,
 * else the operation's own answer.
 */
export async function waitAfter(cc: CloudConnectClient, command: CliCommand, args: CallArgs, result: unknown, timing: Timing, io: Io, progress: { polls: number }): Promise<unknown> {
  const wait = command.wait;
  if (!wait) throw new UsageError(`${command.operationId}: --wait has nothing to wait for (no Show… operation reports this resource's state).`);
  const source = (from: string) => (from.startsWith('arg:') ? args[from.slice(4)] : valueAt(result, from.slice(7)));
  const showArgs = Object.fromEntries(Object.entries(wait.args).map(([name, from]) => [name, source(from)]));
  const started = Date.now();
  const target = wait.kind === 'gone' ? 'deleted' : wait.until!.join(' or ');
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  const what = wait.item ? `${wait.show} ${wait.item.at} ${String(source(wait.item.id))}` : wait.show;
  io.err(`waiting for ${what} (${target}) …\n`);
  // A live line on a terminal; a log (not a terminal) gets the start and end lines only.
  const timer = process.stderr.isTTY ? setInterval(() => io.err(`\r  ${seconds()} s, ${progress.polls} polls`), 500) : undefined;
  const done = (how: string) => io.err(`${timer ? '\r' : ''}done after ${seconds()} s${how}.\n`);
  try {
    if (wait.item) {
      await waitForItem(cc, wait, showArgs, source(wait.item.id), timing);
      done(wait.kind === 'gone' ? ': the item is gone' : ` (${progress.polls} polls)`);
      return result;
    }
    if (wait.kind === 'gone') {
      await waitForDeletion(cc, wait.show as never, showArgs as never, timing);
      done(': the resource is gone');
      return result;
    }
    const final = await waitFor(cc, wait.show as never, showArgs as never, { ...timing, until: wait.until as never });
    done(` (${progress.polls} polls)`);
    return final;
  } finally {
    if (timer) clearInterval(timer);
  }
}
