import type { IncomingHttpHeaders } from 'node:http';
import { constantTimeEqual, formatSdkDate, verifySignature, type AccessKeyCredentials, type VerifyResult } from '../auth/index.js';

/** An account the emulator serves, with the credentials that act for it. */
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

/** `accessKey` is set when the request was signed with a key one of the accounts holds (for the lockout). */
export type AuthResult =
  | { ok: true; domainId: string; accessKey?: string }
  | { ok: false; status: 401 | 403; code: string; message: string; accessKey?: string };

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

const IAM = 'Incorrect IAM authentication information';

/**
 * Authenticates a request the way Huawei's API gateway does for Cloud Connect: an SDK-HMAC-SHA256 signature
 * (checked with the same canonicalisation code the client signs with) or an IAM token in `X-Auth-Token`.
 * Failures carry the gateway's `APIGW.*` codes.
 */
export async function verifyRequest(request: ReceivedRequest, accounts: readonly Account[], now: () => Date): Promise<AuthResult> {
  const authorization = header(request.headers, 'authorization');
  const token = header(request.headers, 'x-auth-token');
  if (authorization === undefined) {
    if (token === undefined) return { ok: false, status: 401, code: 'APIGW.0301', message: `${IAM}: x-auth-token not found` };
    const holder = accounts.find((account) => account.tokens.some((known) => constantTimeEqual(known, token)));
    if (!holder) return { ok: false, status: 401, code: 'APIGW.0301', message: `${IAM}: decrypt token fail` };
    return checkDomain(request, holder);
  }

  let signer: Account | undefined;
  const result = await verifySignature(
    { method: request.method, url: request.url, headers: request.headers, body: request.body },
    {
      lookup: (accessKey) => {
        signer = accounts.find((account) => account.credentials.accessKey === accessKey);
        return signer?.credentials;
      },
      now,
    },
  );
  const accessKey = signer?.credentials.accessKey;
  if (!result.ok) {
    return { ...refusal(request, result, now), accessKey };
  }
  return { ...checkDomain(request, signer as Account), accessKey };
}

function refusal(request: ReceivedRequest, result: Extract<VerifyResult, { ok: false }>, now: () => Date): AuthResult {
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

function checkDomain(request: ReceivedRequest, account: Account): AuthResult {
  const claimed = header(request.headers, 'x-domain-id');
  if (claimed !== undefined && claimed !== account.domainId) {
    return { ok: false, status: 403, code: 'APIGW.0302', message: `The credentials do not belong to the account ${claimed} named in X-Domain-Id.` };
  }
  return { ok: true, domainId: account.domainId };
}

/** An account as the emulator's options give it. */
export interface AccountOptions {
  /** The account (domain) id, as it appears in `/v3/{domain_id}/…` paths and `X-Domain-Id`. */
  domainId: string;
  /** The access key pair that signs for this account. */
  credentials: { accessKey: string; secretKey: string; securityToken?: string };
  /** The IAM token accepted in `X-Auth-Token` for this account; none when absent. */
  token?: string;
}

/** Checks the accounts are distinct, since a shared key or token could not tell whose request it signs. */
export function toAccounts(list: readonly AccountOptions[]): Account[] {
  if (list.length === 0) throw new Error('The accounts option is empty: give at least one account, or leave it out for the demo account.');
  const seen = new Map<string, string>();
  const claim = (kind: string, value: string, owner: string) => {
    if (value === '') throw new Error(`The account ${owner} has an empty ${kind}.`);
    const previous = seen.get(`${kind}\u0000${value}`);
    if (previous !== undefined) throw new Error(`The accounts ${previous} and ${owner} share one ${kind}: give each account its own.`);
    seen.set(`${kind}\u0000${value}`, owner);
  };
  return list.map(({ domainId, credentials, token }, index) => {
    const owner = domainId || `#${index + 1}`;
    claim('domain id', domainId, owner);
    claim('access key', credentials.accessKey, owner);
    if (credentials.secretKey === '') throw new Error(`The account ${owner} has an empty secret key.`);
    if (token !== undefined) claim('token', token, owner);
    return { domainId, credentials: { ...credentials }, tokens: token === undefined ? [] : [token] };
  });
}
