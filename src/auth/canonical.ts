// What the signer and the verifier share: the canonical request, the string to sign and their hashing. One module,
// so that client and server can never canonicalise differently.
//
// `#digest` (package.json `imports`): node:crypto, synchronously, under the `node` condition; Web Crypto elsewhere,
// so that browser bundles carry no Node code path.
import * as digest from '#digest';
import { encodeRfc3986 } from '../encoding.js';
import type { AccessKeyCredentials } from './credentials.js';

export type BodyBytes = string | Uint8Array;

// Wrappers (and the typed alias below) rather than re-exports, so that the published declarations never name
// `#digest` (a package that bundles this file, like the emulator, has no such import of its own).
/** Lower-case hex SHA-256 of a string's UTF-8 bytes, or of raw bytes. */
export function sha256Hex(data: BodyBytes): Promise<string> {
  return digest.sha256Hex(data);
}

/** Lower-case hex HMAC-SHA256 of `data`, keyed with the secret key's UTF-8 bytes. */
export function hmacSha256Hex(credentials: AccessKeyCredentials, data: string): Promise<string> {
  return digest.hmacSha256Hex(credentials, data);
}

/**
 * The signature of a plain request from its canonical head (see signPlain); a string on Node, a promise with Web
 * Crypto. A typed alias rather than a wrapper: it is on the client's browser bundle, where a wrapper costs bytes.
 */
export const plainSignature: (
  head: string,
  knownBodyHash: string | undefined,
  body: string | undefined,
  toSign: (canonicalHash: string) => string,
  credentials: AccessKeyCredentials,
) => string | Promise<string> = digest.plainSignature;

export const SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** The gateway rejects an `X-Sdk-Date` further than this from its own clock. */
export const MAX_CLOCK_SKEW_MS = 15 * 60_000;

/**
 * The headers this signer covers when they are present, matching the official Node core so that its vectors
 * reproduce. Anything else (User-Agent, Accept, …) stays unsigned because runtimes and proxies may rewrite it.
 */
export const SIGNABLE_HEADERS = ['content-type', 'host', 'x-domain-id', 'x-sdk-content-sha256', 'x-sdk-date', 'x-security-token'];

/** A `Headers` object, or a plain record such as node:http's `IncomingHttpHeaders` (names in any case). */
export type HeaderSource = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

export function headerValue(headers: HeaderSource, lowerName: string): string | undefined {
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
export async function payloadHash(headers: HeaderSource, body: BodyBytes | null | undefined): Promise<string> {
  const declared = headerValue(headers, 'x-sdk-content-sha256');
  if (declared !== undefined) return declared.trim();
  return body === null || body === undefined || body.length === 0 ? EMPTY_BODY_SHA256 : sha256Hex(body);
}

// The canonical request is handed out for debugging, and debugging output gets logged.
export function redactSecurityToken(canonical: string): string {
  return canonical.replace(/^x-security-token:.*$/m, 'x-security-token:[redacted]');
}
