interface ErrorFields {
  status: number;
  errorCode: string;
  errorMsg: string;
  requestId: string;
  operationId: string;
}

/** A non-2xx answer from Cloud Connect or its API gateway, or a 2xx answer whose body is not JSON. */
export class CloudConnectError extends Error {
  override name = 'CloudConnectError';
  /** HTTP status of the answer. */
  declare readonly status: number;
  /** Huawei's error code, e.g. `CC.1031` or `APIGW.0301`; empty when the body had none. */
  declare readonly errorCode: string;
  /** Huawei's explanation; empty when the body had none. */
  declare readonly errorMsg: string;
  /** From `X-Request-Id` or the body's `request_id`; quote it to Huawei support. */
  declare readonly requestId: string;
  /** Huawei's name of the operation that failed, e.g. `UpdateCloudConnection`. */
  declare readonly operationId: string;

  constructor({ hint, ...fields }: ErrorFields & { hint?: string | undefined }) {
    const { status, errorCode, errorMsg, requestId, operationId } = fields;
    super(`${operationId} failed with HTTP ${status}${errorCode && ` ${errorCode}`}${errorMsg && `: ${errorMsg}`}${requestId && ` (request id ${requestId})`}${hint ? ` ${hint}` : ''}`);
    Object.assign(this, fields);
  }
}

/**
 * Reads Huawei's error body (`error_code`/`error_msg`, or the `code`/`message` some gateways send); a body that is
 * not an object is the message itself. Every text from the server goes through `scrub`.
 */
export function cloudConnectErrorFrom(
  operationId: string,
  answer: { status: number; header(name: string): string | null },
  body: unknown,
  scrub: (text: string) => string,
  hint?: string,
): CloudConnectError {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  // The first non-empty string among the fields that may hold it.
  const text = (...values: unknown[]) => scrub((values.find((value) => typeof value === 'string' && value !== '') as string | undefined) ?? '');
  return new CloudConnectError({
    status: answer.status,
    errorCode: text(fields.error_code, fields.code),
    // Scrubbed before it is cut, so that no part of a secret survives the cut.
    errorMsg: text(fields.error_msg, fields.message) || (typeof body === 'string' ? scrub(body).slice(0, 500) : ''),
    requestId: text(answer.header('x-request-id'), fields.request_id),
    operationId,
    hint,
  });
}

/** The request did not get an HTTP answer: DNS, connection refused or reset, TLS failure. */
export class CloudConnectNetworkError extends Error {
  override name = 'CloudConnectNetworkError';
  declare readonly operationId: string;
  declare readonly attempts: number;

  constructor(operationId: string, attempts: number, cause: unknown) {
    const reason = cause instanceof Error ? ((cause.cause as Error | undefined)?.message ?? cause.message) : String(cause);
    super(`${operationId} got no answer after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}. Check the endpoint and the network.`, { cause });
    Object.assign(this, { operationId, attempts });
  }
}

/** An attempt outlived `timeoutMs`, or the caller's `signal` aborted the call; `reason` says which. */
export class CloudConnectTimeoutError extends Error {
  override name = 'CloudConnectTimeoutError';
  declare readonly operationId: string;
  declare readonly reason: 'timeout' | 'aborted';
  declare readonly timeoutMs: number;
  declare readonly attempts: number;

  constructor(operationId: string, reason: 'timeout' | 'aborted', timeoutMs: number, attempts: number) {
    super(
      reason === 'timeout'
        ? `${operationId} timed out: no answer within timeoutMs=${timeoutMs} on attempt ${attempts}. Raise timeoutMs if the call is slow, or check the endpoint.`
        : `${operationId} was aborted by the caller's signal on attempt ${attempts}.`,
    );
    Object.assign(this, { operationId, reason, timeoutMs, attempts });
  }
}

/** The runtime refused network access (Deno without `--allow-net` for the endpoint's host). Never retried. */
export class CloudConnectPermissionError extends Error {
  override name = 'CloudConnectPermissionError';
  declare readonly operationId: string;

  constructor(operationId: string, url: string, cause: unknown) {
    const host = /^[a-z][a-z\d+.-]*:\/\/([^/?#]*)/i.exec(url)?.[1] ?? url;
    super(`${operationId} was not sent: the runtime refused network access to ${host}. Grant it (Deno: --allow-net=${host}).`, { cause });
    Object.assign(this, { operationId });
  }
}
