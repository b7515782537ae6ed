// Both judge a request's X-Sdk-Date against another clock: verifySignature on the server side (the emulator checks
// every request with it), describeClockSkew on the client when the gateway answers 401.
import type { AccessKeyCredentials } from './credentials.js';
import {
  canonicalRequest,
  formatSdkDate,
  headerValue,
  hmacSha256Hex,
  MAX_CLOCK_SKEW_MS,
  parseSdkDate,
  payloadHash,
  redactSecurityToken,
  sha256Hex,
  SIGNING_ALGORITHM,
  stringToSign,
  type BodyBytes,
  type HeaderSource,
} from './canonical.js';

export interface ReceivedRequest {
  method: string;
  /** The request target as received (node:http's `req.url`), or an absolute URL. */
  url: string;
  headers: HeaderSource;
  /** The body bytes exactly as received. */
  body?: BodyBytes | null;
}

export interface VerifyOptions {
  /** Returns the credentials issued for an access key, or `undefined` if it is unknown. */
  lookup(accessKey: string): AccessKeyCredentials | undefined | Promise<AccessKeyCredentials | undefined>;
  now?: () => Date;
}

export type VerifyFailureReason =
  | 'missing-header'
  | 'bad-format'
  | 'expired'
  | 'unknown-access-key'
  | 'bad-security-token'
  | 'signature-mismatch';

export type VerifyResult =
  | { ok: true; accessKey: string; signedHeaders: readonly string[] }
  | { ok: false; reason: VerifyFailureReason; message: string; canonicalRequest?: string };

const AUTHORIZATION = /^SDK-HMAC-SHA256\s+(.+)$/;
const HEADER_NAME = /^[a-z\d!#$%&'*+.^_`|~-]+$/;
const SIGNATURE = /^[\da-f]{64}$/;

function fail(reason: VerifyFailureReason, message: string, canonical?: string): VerifyResult {
  return canonical === undefined ? { ok: false, reason, message } : { ok: false, reason, message, canonicalRequest: canonical };
}

function parseAuthorization(value: string): { access: string; signedHeaders: string[]; signature: string } | string {
  const match = AUTHORIZATION.exec(value.trim());
  if (match === null) return `it does not start with "${SIGNING_ALGORITHM} "`;
  const fields = new Map<string, string>();
  for (const part of (match[1] as string).split(',')) {
    const equals = part.indexOf('=');
    if (equals > 0) fields.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
  }
  const access = fields.get('Access');
  const signedHeaders = fields.get('SignedHeaders')?.split(';');
  const signature = fields.get('Signature');
  if (!access || signedHeaders === undefined || signature === undefined) return 'Access, SignedHeaders or Signature is missing';
  if (!signedHeaders.every((name) => HEADER_NAME.test(name))) return 'SignedHeaders must be lower-case header names joined by ";"';
  if (!signedHeaders.includes('x-sdk-date')) return 'SignedHeaders must include x-sdk-date';
  if (!SIGNATURE.test(signature)) return 'Signature must be 64 lower-case hex digits';
  return { access, signedHeaders, signature };
}

/** Compares without an early exit, so a verifier does not leak how many leading characters matched. */
export function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  // Stryker disable next-line LogicalOperator: with `||` it runs to the longer length only when the lengths differ, and then `difference` is already non-zero
  for (let i = 0; i < a.length && i < b.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

function formatSkew(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return [hours ? `${hours} h` : '', hours || minutes ? `${minutes} min` : '', `${seconds} s`].filter(Boolean).join(' ');
}

/**
 * Server side: rebuilds the canonical request from what arrived, using the client's declared `SignedHeaders`, and
 * checks the signature, the 15-minute date window and (for temporary credentials) the security token.
 */
export async function verifySignature(request: ReceivedRequest, options: VerifyOptions): Promise<VerifyResult> {
  const authorization = headerValue(request.headers, 'authorization');
  if (authorization === undefined) return fail('missing-header', 'The Authorization header is missing: sign the request with AK/SK.');
  const parsed = parseAuthorization(authorization);
  if (typeof parsed === 'string') {
    return fail('bad-format', `The Authorization header is malformed (${parsed}); expected "${SIGNING_ALGORITHM} Access=…, SignedHeaders=…, Signature=…".`);
  }
  const missing = parsed.signedHeaders.find((name) => headerValue(request.headers, name) === undefined);
  if (missing !== undefined) return fail('missing-header', `The signed header "${missing}" is not in the request: send every header listed in SignedHeaders.`);

  // Stryker disable next-line OptionalChaining: x-sdk-date must be in SignedHeaders, and a missing signed header has already been refused
  const sdkDate = headerValue(request.headers, 'x-sdk-date')?.trim() ?? '';
  const signedAt = parseSdkDate(sdkDate);
  if (signedAt === undefined) return fail('bad-format', `X-Sdk-Date ${JSON.stringify(sdkDate)} is not a UTC time in the form YYYYMMDDTHHMMSSZ.`);
  const now = (options.now ?? (() => new Date()))();
  const skew = signedAt.getTime() - now.getTime();
  if (Math.abs(skew) > MAX_CLOCK_SKEW_MS) {
    return fail(
      'expired',
      `The signature expired: X-Sdk-Date ${sdkDate} is ${formatSkew(skew)} ${skew < 0 ? 'behind' : 'ahead of'} the server time ${formatSdkDate(now)} (limit 15 min). Synchronise the client clock.`,
    );
  }

  const credentials = await options.lookup(parsed.access);
  if (credentials === undefined) return fail('unknown-access-key', `The access key ${JSON.stringify(parsed.access)} is unknown: check the AK.`);

  const sentToken = headerValue(request.headers, 'x-security-token');
  if (credentials.securityToken !== undefined || sentToken !== undefined) {
    if (credentials.securityToken === undefined) return fail('bad-security-token', 'X-Security-Token was sent with a permanent access key: send it only with temporary credentials.');
    if (sentToken === undefined || !parsed.signedHeaders.includes('x-security-token')) {
      return fail('bad-security-token', 'Temporary credentials need the X-Security-Token header, and it must be listed in SignedHeaders.');
    }
    if (!constantTimeEqual(sentToken.trim(), credentials.securityToken)) return fail('bad-security-token', 'X-Security-Token does not belong to this access key: use the token issued with it.');
  }
  if (headerValue(request.headers, 'x-sdk-content-sha256') !== undefined && !parsed.signedHeaders.includes('x-sdk-content-sha256')) {
    return fail('bad-format', 'X-Sdk-Content-Sha256 replaces the body hash, so it must be listed in SignedHeaders.');
  }

  let canonical: string;
  try {
    canonical = canonicalRequest({
      method: request.method,
      url: request.url,
      headers: request.headers,
      signedHeaders: parsed.signedHeaders,
      payloadHash: await payloadHash(request.headers, request.body),
    });
  } catch (error) {
    return fail('bad-format', (error as Error).message);
  }
  const expected = await hmacSha256Hex(credentials, stringToSign(sdkDate, await sha256Hex(canonical)));
  if (!constantTimeEqual(expected, parsed.signature)) {
    return fail(
      'signature-mismatch',
      'The signature does not match the request: compare the canonical request below with the one the client signed.',
      redactSecurityToken(canonical),
    );
  }
  return { ok: true, accessKey: parsed.access, signedHeaders: parsed.signedHeaders };
}

/**
 * When the gateway rejects a signed request (HTTP 401, e.g. APIGW.0301/APIGW.0303 "signature expired") and its
 * `Date` header is more than 15 minutes from `localTime` (best: the `X-Sdk-Date` that was sent), returns a message
 * saying the local clock is off and by how much; otherwise `undefined`.
 */
export function describeClockSkew(response: Pick<Response, 'status' | 'headers'>, localTime: Date = new Date()): string | undefined {
  if (response.status !== 401) return undefined;
  const serverDate = response.headers.get('date');
  const serverTime = serverDate === null ? Number.NaN : Date.parse(serverDate);
  if (Number.isNaN(serverTime)) return undefined;
  const skew = localTime.getTime() - serverTime;
  if (Math.abs(skew) <= MAX_CLOCK_SKEW_MS) return undefined;
  return (
    `The local clock is ${formatSkew(skew)} ${skew > 0 ? 'ahead of' : 'behind'} the gateway's (local ${localTime.toISOString()}, gateway Date: ${serverDate}), ` +
    'and signatures more than 15 minutes off are rejected as expired. Synchronise this machine\'s clock (e.g. enable NTP) and retry.'
  );
}
