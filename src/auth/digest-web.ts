import type { AccessKeyCredentials } from './credentials.js';

/** A string (hashed as its UTF-8 bytes) or raw bytes. */
export type BodyBytes = string | Uint8Array;

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (api === undefined) {
    throw new Error('Web Crypto (crypto.subtle) is not available: AK/SK signing needs Node 20+, or a browser page served over https or from localhost.');
  }
  return api;
}

const utf8 = new TextEncoder();

function toHex(buffer: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(buffer)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

// Web Crypto's types refuse views that might be backed by a SharedArrayBuffer; bodies from fetch and node:http never are.
function toBytes(data: BodyBytes): Uint8Array<ArrayBuffer> {
  return typeof data === 'string' ? utf8.encode(data) : (data as Uint8Array<ArrayBuffer>);
}

/** Lower-case hex SHA-256 of a string's UTF-8 bytes, or of raw bytes. */
export async function sha256Hex(data: BodyBytes): Promise<string> {
  return toHex(await subtle().digest('SHA-256', toBytes(data)));
}

// Each credentials object imports its key once instead of once per request. The secret is compared on every hit
// because a caller may mutate a plain object between requests.
const hmacKeys = new WeakMap<AccessKeyCredentials, { secretKey: string; key: Promise<CryptoKey> }>();

function hmacKey(credentials: AccessKeyCredentials): Promise<CryptoKey> {
  const cached = hmacKeys.get(credentials);
  if (cached !== undefined && cached.secretKey === credentials.secretKey) return cached.key;
  // Stryker disable next-line BooleanLiteral: the key never leaves this module's cache, so whether it could be exported changes nothing
  const key = subtle().importKey('raw', utf8.encode(credentials.secretKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  // Stryker disable next-line ObjectLiteral: an entry without the secret never matches, so the key is imported again: the same signature, slower
  hmacKeys.set(credentials, { secretKey: credentials.secretKey, key });
  return key;
}

/** Lower-case hex HMAC-SHA256 of `data`, keyed with the secret key's UTF-8 bytes. */
export async function hmacSha256Hex(credentials: AccessKeyCredentials, data: string): Promise<string> {
  return toHex(await subtle().sign('HMAC', await hmacKey(credentials), utf8.encode(data)));
}

/**
 * The signature of a canonical request held as its text up to the body hash (`head`): the body is hashed unless
 * its hash is known, the whole is hashed, and `toSign` turns that hash into the string the secret key signs.
 */
export async function plainSignature(head: string, knownBodyHash: string | undefined, body: string | undefined, toSign: (canonicalHash: string) => string, credentials: AccessKeyCredentials): Promise<string> {
  const canonical = head + (knownBodyHash ?? (await sha256Hex(body as string)));
  return hmacSha256Hex(credentials, toSign(await sha256Hex(canonical)));
}
