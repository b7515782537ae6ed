import {
  CloudConnectError,
  CloudConnectNetworkError,
  CloudConnectTimeoutError,
  CloudConnectWaitError,
  createCloudConnectClient,
  paginate,
  type AttemptEvent,
  type CloudConnectClient,
} from '../index.js';
import { readBodyJson, buildArgs, skeleton, type CallArgs } from './args.js';
import { methodName } from './commands.js';
import type { CliCommand, CliFlag } from './table.js';
import { resolveSettings, TOKEN_VARIABLE, type Settings } from './config.js';
import { CaptureFetch, DryRunStop, formatDryRun } from './dry-run.js';
import { EXIT, UsageError } from './errors.js';
import { checkQuery, formatOutput, paint, useColor, type OutputFormat } from './output.js';

export interface RunOptions {
  output: OutputFormat;
  query?: string;
  all?: boolean;
  wait?: boolean;
  waitTimeout: number;
  waitInterval: number;
  profile?: string;
  endpoint?: string;
  dryRun?: boolean;
  bodyJson?: string;
  generateSkeleton?: boolean;
}

type Write = (text: string) => void;
export interface Io {
  out: Write;
  err: Write;
}

const DRY_RUN_SETTINGS: Omit<Settings, 'endpoint'> = {
  domainId: '0123456789abcdef0123456789abcdef',
  credentials: { accessKey: 'DRYRUNACCESSKEY', secretKey: 'dry-run-placeholder' },
  source: 'placeholder (no credentials configured)',
};

/** Set when a dry run signs with placeholder credentials, so the output can say so. */
let placeholderSettings: Settings | undefined;

function settingsFor(command: CliCommand, options: RunOptions): Settings {
  try {
    return resolveSettings({ profile: options.profile, endpoint: options.endpoint, preferToken: command.tokenOnly === true });
  } catch (error) {
    // A dry run shows the request's shape; it needs no real credentials.
    if (options.dryRun && error instanceof UsageError && options.profile === undefined) {
      placeholderSettings = { ...DRY_RUN_SETTINGS, endpoint: options.endpoint ?? process.env.CLOUD_CONNECT_ENDPOINT };
      return placeholderSettings;
    }
    throw error;
  }
}

/** Every page of a list, as one answer holding all items. */
async function allPages(cc: CloudConnectClient, command: CliCommand, args: CallArgs): Promise<unknown> {
  if (!command.list) throw new UsageError(`${command.operationId}: --all only applies to List… operations.`);
  const items: unknown[] = [];
  let last: Record<string, unknown> = {};
  const { marker: _marker, offset: _offset, ...rest } = args;
  for await (const page of paginate(cc, command.operationId as never, rest as never).pages()) {
    last = page as Record<string, unknown>;
    items.push(...((last[command.list.itemsKey] as unknown[] | undefined) ?? []));
  }
  const { page_info: _pageInfo, ...others } = last;
  return { ...others, [command.list.itemsKey]: items };
}

/** Runs one operation: validate, then send (or print, for --dry-run), follow pages or wait, print. Returns the exit code. */
export async function runOperation(command: CliCommand, values: Map<CliFlag, string[]>, options: RunOptions, io: Io): Promise<number> {
  if (options.generateSkeleton) {
    io.out(`${JSON.stringify(skeleton(command), null, 2)}\n`);
    return EXIT.ok;
  }
  const bodyJson = options.bodyJson === undefined ? undefined : readBodyJson(options.bodyJson, command.operationId);
  if (bodyJson !== undefined && !command.body) throw new UsageError(`${command.operationId}: --body-json given, but this operation takes no body.`);
  const args = buildArgs(command, values, bodyJson);
  await checkQuery(options.query);
  const { validateCall } = await import('./validate.js');
  await validateCall(command, args);
  const settings = settingsFor(command, options);
  if (command.tokenOnly && settings !== placeholderSettings && !('token' in settings.credentials)) {
    io.err(`note: Huawei documents an IAM token (X-Auth-Token) as mandatory for ${command.operationId}; this call is signed with the access key instead. Set ${TOKEN_VARIABLE}, or use a profile written by \`cloud-connect configure --token\`.\n`);
  }
  const capture = options.dryRun ? new CaptureFetch() : undefined;
  const progress = { polls: 0 };
  const cc = createCloudConnectClient({
    domainId: settings.domainId,
    credentials: settings.credentials,
    endpoint: settings.endpoint,
    ...(capture ? { fetch: capture.fetch, retry: false as const } : {}),
    logger: (event: AttemptEvent) => {
      if (event.operationId === command.wait?.show) progress.polls++;
    },
  });
  const call = (cc as unknown as Record<string, (a: CallArgs) => Promise<unknown>>)[methodName(command.operationId)]!;
  let result: unknown;
  try {
    result = options.all ? await allPages(cc, command, args) : await call.call(cc, args);
  } catch (error) {
    // The client reports the stand-in fetch's refusal as a network error whose cause is the DryRunStop.
    if (capture?.captured && (error instanceof DryRunStop || (error as Error).cause instanceof DryRunStop)) {
      io.out(`${formatDryRun(capture.captured)}\n`);
      if (settings === placeholderSettings) io.err(`note: signed with placeholder credentials; configure some to see your own access key.\n`);
      return EXIT.ok;
    }
    throw error;
  }
  if (options.wait) {
    const { waitAfter } = await import('./wait.js');
    result = await waitAfter(cc, command, args, result, { timeoutMs: options.waitTimeout * 1000, intervalMs: options.waitInterval * 1000 }, io, progress);
  }
  const text = await formatOutput(result ?? null, { format: options.output, query: options.query, command, color: useColor(process.stdout) });
  if (text !== '' && result !== undefined) io.out(`${text}\n`);
  return EXIT.ok;
}

/** Prints an error on stderr and picks the exit code: usage 2, API 4xx 3, 5xx or no answer 4, failed wait 5. */
export function reportError(error: unknown, io: Io): number {
  const color = useColor(process.stderr);
  const label = paint(color, 31, 'error');
  if (error instanceof UsageError) {
    io.err(`${label}: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof CloudConnectError) {
    io.err(`${label}: ${error.operationId} failed with HTTP ${error.status}\n  error_code: ${error.errorCode || '(none)'}\n  error_msg:  ${error.errorMsg || '(none)'}\n  request_id: ${error.requestId || '(none)'}\n`);
    return error.status >= 500 ? EXIT.server : EXIT.client;
  }
  if (error instanceof CloudConnectWaitError) {
    io.err(`\n${label}: ${error.message}\n`);
    return EXIT.wait;
  }
  if (error instanceof CloudConnectNetworkError || error instanceof CloudConnectTimeoutError) {
    io.err(`${label}: ${error.message}\n`);
    return EXIT.server;
  }
  if (error instanceof TypeError && /^[A-Z]\w+: /.test(error.message)) {
    io.err(`${label}: ${error.message}\n`);
    return EXIT.usage;
  }
  io.err(`${label}: ${(error as Error)?.stack ?? String(error)}\n`);
  return 1;
}
