import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { formatSdkDate, verifySignature, type AccessKeyCredentials } from '../auth/index.js';

/** The one account the emulator serves, with the credentials that act for it. */
export interface Account {
  domainId: string;
  credentials: AccessKeyCredentials;
  tokens: readonly string[];
}

export interface ReceivedRequest {
  method: string;
  /** The request target exactly as received (`req.url`). */
  url: string;
  headers: IncomingHttpHeaders;
  body: Uint8Array;
}

export type AuthResult =
  | { ok: true; domainId: string }
  | { ok: false; status: 401 | 403; code: string; message: string };

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const IAM = 'Incorrect IAM authentication information';

/**
 * Authenticates a request the way Huawei's API gateway does for Cloud Connect: an SDK-HMAC-SHA256 signature
 * (checked with the same canonicalisation code the client signs with) or an IAM token in `X-Auth-Token`.
 * Failures carry the gateway's `APIGW.*` codes.
 */
export async function verifyRequest(request: ReceivedRequest, account: Account, now: () => Date): Promise<AuthResult> {
  const authorization = header(request.headers, 'authorization');
  const token = header(request.headers, 'x-auth-token');
  if (authorization === undefined) {
    if (token === undefined) return { ok: false, status: 401, code: 'APIGW.0301', message: `${IAM}: x-auth-token not found` };
    if (!account.tokens.some((known) => sameText(known, token))) return { ok: false, status: 401, code: 'APIGW.0301', message: `${IAM}: decrypt token fail` };
    return checkDomain(request, account);
  }

  const result = await verifySignature(
    { method: request.method, url: request.url, headers: request.headers, body: request.body },
    { lookup: (accessKey) => (accessKey === account.credentials.accessKey ? account.credentials : undefined), now },
  );
  if (!result.ok) {
    switch (result.reason) {
      case 'expired':
        return {
          ok: false,
          status: 401,
          code: 'APIGW.0303',
          message: `Incorrect authentication information: signature expired, signature time:${header(request.headers, 'x-sdk-date') ?? ''},server time:${formatSdkDate(now())}`,
        };
      case 'unknown-access-key':
        return { ok: false, status: 401, code: 'APIGW.0301', message: `${IAM}: Get secretKey failed, err:ak not exist. ${result.message}` };
      case 'signature-mismatch':
        // Like the gateway, show the canonical request with `|` for line breaks so it can be diffed with the client's.
        return {
          ok: false,
          status: 401,
          code: 'APIGW.0301',
          message: `${IAM}: verify aksk signature fail, canonicalRequest:${(result.canonicalRequest ?? '').replace(/\n/g, '|')}`,
        };
      default:
        return { ok: false, status: 401, code: 'APIGW.0301', message: `${IAM}: verify aksk signature fail. ${result.message}` };
    }
  }
  return checkDomain(request, account);
}

function checkDomain(request: ReceivedRequest, account: Account): AuthResult {
  const claimed = header(request.headers, 'x-domain-id');
  if (claimed !== undefined && claimed !== account.domainId) {
    return { ok: false, status: 403, code: 'APIGW.0302', message: `The credentials do not belong to the account ${claimed} named in X-Domain-Id.` };
  }
  return { ok: true, domainId: account.domainId };
}
