import type { AccessKeyCredentials } from './credentials.js';
import {
  canonicalQueryString,
  canonicalRequest,
  canonicalUri,
  EMPTY_BODY_SHA256,
  formatSdkDate,
  headerValue,
  hmacSha256Hex,
  payloadHash,
  plainSignature,
  redactSecurityToken,
  sha256Hex,
  SIGNABLE_HEADERS,
  SIGNING_ALGORITHM,
  splitTarget,
  stringToSign,
  type BodyBytes,
  type HeaderSource,
} from './canonical.js';

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
    const signature = plainSignature(plan.head, plan.knownBodyHash, input.body, (hash) => stringToSign(plan.sdkDate, hash), context.credentials);
    return typeof signature === 'string' ? Promise.resolve(finishPlain(plan, context.credentials, signature)) : signature.then((value) => finishPlain(plan, context.credentials, value));
  } catch (error) {
    return Promise.reject(error);
  }
}
