// `#digest` (package.json `imports`): node:crypto, synchronously, under the `node` condition; Web Crypto elsewhere,
// so that browser bundles carry no Node code path.
import * as digest from '#digest';
import { encodeRfc3986 } from '../encoding.js';
import type { AccessKeyCredentials } from './credentials.js';

export type BodyBytes = string | Uint8Array;

// Wrappers rather than re-exports, so that the published declarations never name `#digest` (a package that bundles
// this file, like the emulator, has no such import of its own).
/** Lower-case hex SHA-256 of a string's UTF-8 bytes, or of raw bytes. */
export function sha256Hex(data: BodyBytes): Promise<string> {
  return digest.sha256Hex(data);
}

/** Lower-case hex HMAC-SHA256 of `data`, keyed with the secret key's UTF-8 bytes. */
export function hmacSha256Hex(credentials: AccessKeyCredentials, data: string): Promise<string> {
  return digest.hmacSha256Hex(credentials, data);
}

export const SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** The gateway rejects an `X-Sdk-Date` further than this from its own clock. */
export const MAX_CLOCK_SKEW_MS = 15 * 60_000;

/**
 * The headers this signer covers when they are present, matching the official Node core so that its vectors
 * reproduce. Anything else (User-Agent, Accept, …) stays unsigned because runtimes and proxies may rewrite it.
 */
const SIGNABLE_HEADERS = ['content-type', 'host', 'x-domain-id', 'x-sdk-content-sha256', 'x-sdk-date', 'x-security-token'];

/** A `Headers` object, or a plain record such as node:http's `IncomingHttpHeaders` (names in any case). */
export type HeaderSource = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

function headerValue(headers: HeaderSource, lowerName: string): string | undefined {
  if (headers instanceof Headers) return headers.get(lowerName) ?? undefined;
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && name.toLowerCase() === lowerName) return typeof value === 'string' ? value : value.join(', ');
  }
  return undefined;
}

/** `YYYYMMDDTHHMMSSZ` in UTC, the only `X-Sdk-Date` form the gateway and the official SDKs agree on. */
let lastSecond = Number.NaN;
let lastSdkDate = '';

export function formatSdkDate(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Cannot sign with an invalid Date: check the `now` clock option.');
  // Requests signed within the same second share the string; formatting it is a noticeable part of signing.
  // Stryker disable next-line ArithmeticOperator: keyed by the millisecond the cache only misses more often; the string is the same
  const second = Math.floor(time / 1000);
  if (second !== lastSecond) {
    lastSdkDate = date.toISOString().replace(/[-:]|\.\d{3}/g, '');
    lastSecond = second;
  }
  return lastSdkDate;
}

const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** Parses `YYYYMMDDTHHMMSSZ`; `undefined` for anything else, including impossible dates. */
export function parseSdkDate(value: string): Date | undefined {
  const match = SDK_DATE.exec(value);
  if (match === null) return undefined;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
  return Number.isNaN(date.getTime()) || formatSdkDate(date) !== value ? undefined : date;
}

function decodeComponent(text: string, where: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new URIError(`The ${where} contains a malformed percent-escape in ${JSON.stringify(text)}: encode a literal "%" as %25.`);
  }
}

const PLAIN_PATH = /^[A-Za-z0-9\-_.~/]*$/;

/** Splits a request target (absolute URL or origin-form `/path?query`) into its raw, still-encoded path and query. */
export function splitTarget(target: string): { path: string; query: string } {
  const withoutOrigin = target.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '');
  const withoutFragment = withoutOrigin.split('#', 1)[0] ?? '';
  const mark = withoutFragment.indexOf('?');
  return mark < 0
    ? { path: withoutFragment, query: '' }
    : { path: withoutFragment.slice(0, mark), query: withoutFragment.slice(mark + 1) };
}

/**
 * Canonical URI from a raw wire path: each segment is decoded, then encoded once with the RFC 3986 unreserved set,
 * so `%20`, a literal space and `%2f` inside a segment all sign the same way the gateway re-encodes them. The
 * trailing `/` is for signing only.
 */
export function canonicalUri(rawPath: string): string {
  // A path of unreserved characters only (the common case: ids and names) decodes and re-encodes to itself.
  if (PLAIN_PATH.test(rawPath)) return rawPath.endsWith('/') ? rawPath : `${rawPath}/`;
  const encoded = rawPath
    .split('/')
    .map((segment) => encodeRfc3986(decodeComponent(segment, 'path')))
    .join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

/**
 * Canonical query string from a raw query (without `?`): pairs decoded (`+` stays a plus, as in the official SDK),
 * sorted by key then value in code-unit order, repeated keys kept, each part encoded with the unreserved set.
 */
export function canonicalQueryString(rawQuery: string): string {
  if (rawQuery === '') return '';
  const pairs = rawQuery
    .split('&')
    .filter((part) => part !== '')
    .map((part): [string, string] => {
      const equals = part.indexOf('=');
      return equals < 0
        ? [decodeComponent(part, 'query'), '']
        : [decodeComponent(part.slice(0, equals), 'query'), decodeComponent(part.slice(equals + 1), 'query')];
    });
  pairs.sort(([keyA, valueA], [keyB, valueB]) =>
    keyA !== keyB ? (keyA < keyB ? -1 : 1) : valueA < valueB ? -1 : valueA > valueB ? 1 : 0,
  );
  return pairs.map(([key, value]) => `${encodeRfc3986(key)}=${encodeRfc3986(value)}`).join('&');
}

/** One `name:value\n` line per signed header, in the given order; values trimmed as HTTP stacks trim them on the wire. */
export function canonicalHeaders(headers: HeaderSource, signedHeaders: readonly string[]): string {
  return signedHeaders.map((name) => `${name}:${(headerValue(headers, name) ?? '').trim()}\n`).join('');
}

export interface CanonicalRequestParts {
  method: string;
  /** Absolute URL or origin-form request target, as on the wire. */
  url: string;
  headers: HeaderSource;
  /** Lower-case header names, in the order they are declared in `SignedHeaders`. */
  signedHeaders: readonly string[];
  payloadHash: string;
}

export function canonicalRequest({ method, url, headers, signedHeaders, payloadHash }: CanonicalRequestParts): string {
  const { path, query } = splitTarget(url);
  return [
    method.toUpperCase(),
    canonicalUri(path),
    canonicalQueryString(query),
    canonicalHeaders(headers, signedHeaders),
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
}

export function stringToSign(sdkDate: string, canonicalRequestSha256: string): string {
  return `${SIGNING_ALGORITHM}\n${sdkDate}\n${canonicalRequestSha256}`;
}

/** `X-Sdk-Content-Sha256` (e.g. `UNSIGNED-PAYLOAD`) replaces the body hash when present, as in the official SDKs. */
async function payloadHash(headers: HeaderSource, body: BodyBytes | null | undefined): Promise<string> {
  const declared = headerValue(headers, 'x-sdk-content-sha256');
  if (declared !== undefined) return declared.trim();
  return body === null || body === undefined || body.length === 0 ? EMPTY_BODY_SHA256 : sha256Hex(body);
}

export interface SigningInput {
  method: string;
  /** Absolute URL exactly as it will be sent; `host` is signed from it, default ports omitted as fetch omits them. */
  url: string;
  /** Headers already on the request; `content-type` and `x-sdk-content-sha256` are signed when present. */
  headers?: HeaderSource;
  /** The exact body that will be sent (strings are sent and hashed as UTF-8). */
  body?: BodyBytes | null;
}

export interface SigningContext {
  credentials: AccessKeyCredentials;
  /** Sent and signed as `X-Domain-Id`. */
  domainId?: string;
  /** The signing time; becomes `X-Sdk-Date`. */
  date: Date;
}

export interface SignedRequest {
  authorization: string;
  signedHeaders: string;
  /** For diffing against the gateway's; the security token's value is shown as `[redacted]`. */
  canonicalRequest: string;
  stringToSign: string;
  /** Sets `X-Sdk-Date`, `X-Domain-Id`, `X-Security-Token` and `Authorization` on `headers`, replacing older values. */
  apply(headers: Headers): void;
}

// The canonical request is handed out for debugging, and debugging output gets logged.
function redactSecurityToken(canonical: string): string {
  return canonical.replace(/^x-security-token:.*$/m, 'x-security-token:[redacted]');
}

/**
 * Signs one request. Pure apart from Web Crypto: call it again with a new date to re-sign a retry attempt.
 */
export async function sign(input: SigningInput, { credentials, domainId, date }: SigningContext): Promise<SignedRequest> {
  const added: Record<string, string> = { 'X-Sdk-Date': formatSdkDate(date) };
  if (domainId !== undefined) added['X-Domain-Id'] = domainId;
  if (credentials.securityToken !== undefined) added['X-Security-Token'] = credentials.securityToken;

  const view = new Headers();
  for (const name of SIGNABLE_HEADERS) {
    const value = input.headers === undefined ? undefined : headerValue(input.headers, name);
    if (value !== undefined) view.set(name, value);
  }
  for (const [name, value] of Object.entries(added)) view.set(name, value);
  view.set('host', new URL(input.url).host);

  const signedHeaders = SIGNABLE_HEADERS.filter((name) => view.has(name));
  const canonical = canonicalRequest({
    method: input.method,
    url: input.url,
    headers: view,
    signedHeaders,
    payloadHash: await payloadHash(view, input.body),
  });
  const toSign = stringToSign(added['X-Sdk-Date'] as string, await sha256Hex(canonical));
  const signature = await hmacSha256Hex(credentials, toSign);
  const authorization = `${SIGNING_ALGORITHM} Access=${credentials.accessKey}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
  // A closure rather than a header record, so that the security token is not in any enumerable property.
  const toSet = Object.entries({ ...added, Authorization: authorization });
  return {
    authorization,
    signedHeaders: signedHeaders.join(';'),
    canonicalRequest: redactSecurityToken(canonical),
    stringToSign: toSign,
    apply(headers) {
      for (const [name, value] of toSet) headers.set(name, value);
    },
  };
}

/** `splitTarget` for an absolute URL without a fragment, as the client builds them: no regular expression per request. */
function originForm(url: string): { path: string; query: string } {
  const scheme = url.indexOf('://');
  const slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
  if (slash < 0 || url.includes('#')) return splitTarget(url);
  // The first `?` after the host, not after the first `/`: a `?` before it starts a query without a path, whose `/`s
  // belong to the query; the path sliced up to it is then empty, as splitTarget's is.
  const mark = url.indexOf('?', scheme + 3);
  return mark < 0 ? { path: url.slice(slash), query: '' } : { path: url.slice(slash, mark), query: url.slice(mark + 1) };
}

/** A request held as plain strings, as the client's direct path builds it. */
export interface PlainSigningInput {
  method: string;
  /** Absolute URL exactly as it will be sent. */
  url: string;
  /** `host` as it goes on the wire (default ports omitted); taken from `url` when left out. */
  host?: string;
  /** Headers already on the request, names in lower case; `content-type` and `x-sdk-content-sha256` are signed when present. */
  headers: Readonly<Record<string, string>>;
  /** The exact body that will be sent, hashed as UTF-8. */
  body?: string;
}

interface PlainPlan {
  added: Record<string, string>;
  sdkDate: string;
  names: string;
  /** The canonical request up to and including the signed-header list and its newline; the body hash follows. */
  head: string;
  /** The body hash when it needs no hashing: declared by `x-sdk-content-sha256`, or the empty body's. */
  knownBodyHash: string | undefined;
}

function planPlain(input: PlainSigningInput, { credentials, domainId, date }: SigningContext): PlainPlan {
  const sdkDate = formatSdkDate(date);
  const added: Record<string, string> = { 'x-sdk-date': sdkDate };
  if (domainId !== undefined) added['x-domain-id'] = domainId;
  if (credentials.securityToken !== undefined) added['x-security-token'] = credentials.securityToken;
  const host = input.host ?? new URL(input.url).host;
  let lines = '';
  let names = '';
  for (const name of SIGNABLE_HEADERS) {
    // What the signer adds replaces the caller's value, as in sign().
    const value = name === 'host' ? host : (added[name] ?? input.headers[name]);
    if (value === undefined) continue;
    lines += `${name}:${value.trim()}\n`;
    names += names === '' ? name : `;${name}`;
  }
  const declared = input.headers['x-sdk-content-sha256'];
  const knownBodyHash = declared !== undefined ? declared.trim() : input.body === undefined || input.body === '' ? EMPTY_BODY_SHA256 : undefined;
  const { path, query } = originForm(input.url);
  return { added, sdkDate, names, head: `${input.method.toUpperCase()}\n${canonicalUri(path)}\n${canonicalQueryString(query)}\n${lines}\n${names}\n`, knownBodyHash };
}

function finishPlain(plan: PlainPlan, credentials: AccessKeyCredentials, signature: string): Record<string, string> {
  plan.added.authorization = `${SIGNING_ALGORITHM} Access=${credentials.accessKey}, SignedHeaders=${plan.names}, Signature=${signature}`;
  return plan.added;
}

/**
 * Signs a request held as plain strings and returns the headers to add (`x-sdk-date`, `x-domain-id`,
 * `x-security-token`, `authorization`; names in lower case). Same canonical request as `sign()`, without building a
 * `Headers` view, for clients that send through `node:http` or build their own `fetch` call. On Node the hashing is
 * synchronous, so the returned promise is already settled.
 */
export function signPlain(input: PlainSigningInput, context: SigningContext): Promise<Record<string, string>> {
  try {
    const plan = planPlain(input, context);
    const signature = digest.plainSignature(plan.head, plan.knownBodyHash, input.body, (hash) => stringToSign(plan.sdkDate, hash), context.credentials);
    return typeof signature === 'string' ? Promise.resolve(finishPlain(plan, context.credentials, signature)) : signature.then((value) => finishPlain(plan, context.credentials, value));
  } catch (error) {
    return Promise.reject(error);
  }
}

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
