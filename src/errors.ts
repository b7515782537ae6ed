/** A non-2xx answer from Cloud Connect or its API gateway. */
export class CloudConnectError extends Error {
  override name = 'CloudConnectError';
  /** HTTP status of the answer. */
  readonly status: number;
  /** Huawei's error code, e.g. `CC.1031` or `APIGW.0301`; empty when the body had none. */
  readonly errorCode: string;
  /** Huawei's explanation; empty when the body had none. */
  readonly errorMsg: string;
  /** From `X-Request-Id` or the body's `request_id`; quote it to Huawei support. */
  readonly requestId: string;
  /** Huawei's name of the operation that failed, e.g. `UpdateCloudConnection`. */
  readonly operationId: string;

  constructor(init: { status: number; errorCode: string; errorMsg: string; requestId: string; operationId: string; hint?: string }) {
    const code = init.errorCode ? ` ${init.errorCode}` : '';
    const msg = init.errorMsg ? `: ${init.errorMsg}` : '';
    const request = init.requestId ? ` (request id ${init.requestId})` : '';
    const hint = init.hint ? ` ${init.hint}` : '';
    super(`${init.operationId} failed with HTTP ${init.status}${code}${msg}${request}${hint}`);
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.errorMsg = init.errorMsg;
    this.requestId = init.requestId;
    this.operationId = init.operationId;
  }
}

/** Reads Huawei's error body (`error_code`/`error_msg`, or the `code`/`message` some gateways send). */
export function cloudConnectErrorFrom(
  operationId: string,
  answer: { status: number; header(name: string): string | null },
  body: unknown,
  scrub: (text: string) => string,
  hint?: string,
): CloudConnectError {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = (value: unknown) => (typeof value === 'string' ? scrub(value) : '');
  return new CloudConnectError({
    status: answer.status,
    errorCode: text(fields.error_code) || text(fields.code),
    errorMsg: text(fields.error_msg) || text(fields.message) || (typeof body === 'string' ? scrub(body).slice(0, 500) : ''),
    requestId: text(answer.header('x-request-id')) || text(fields.request_id),
    operationId,
    hint,
  });
}

/** The request did not get an HTTP answer: DNS, connection refused or reset, TLS failure. */
export class CloudConnectNetworkError extends Error {
  override name = 'CloudConnectNetworkError';
  constructor(
    readonly operationId: string,
    readonly attempts: number,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? ((cause.cause as Error | undefined)?.message ?? cause.message) : String(cause);
    super(`${operationId} got no answer after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}. Check the endpoint and the network.`, { cause });
  }
}

/** An attempt outlived `timeoutMs`, or the caller's `signal` aborted the call; `reason` says which. */
export class CloudConnectTimeoutError extends Error {
  override name = 'CloudConnectTimeoutError';
  constructor(
    readonly operationId: string,
    readonly reason: 'timeout' | 'aborted',
    readonly timeoutMs: number,
    readonly attempts: number,
  ) {
    super(
      reason === 'timeout'
        ? `${operationId} timed out: no answer within timeoutMs=${timeoutMs} on attempt ${attempts}. Raise timeoutMs if the call is slow, or check the endpoint.`
        : `${operationId} was aborted by the caller's signal on attempt ${attempts}.`,
    );
  }
}

/** The runtime refused network access (Deno without `--allow-net` for the endpoint's host). Never retried. */
export class CloudConnectPermissionError extends Error {
  override name = 'CloudConnectPermissionError';
  constructor(
    readonly operationId: string,
    url: string,
    cause: unknown,
  ) {
    const host = /^[a-z][a-z\d+.-]*:\/\/([^/?#]*)/i.exec(url)?.[1] ?? url;
    super(`${operationId} was not sent: the runtime refused network access to ${host}. Grant it (Deno: --allow-net=${host}).`, { cause });
  }
}
