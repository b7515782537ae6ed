/** An IAM token, sent as `X-Auth-Token`; requests are not signed. */
export interface TokenCredentials {
  readonly token: string;
}

/** A permanent or temporary access key pair; every request is signed with SDK-HMAC-SHA256. */
export interface AccessKeyCredentials {
  readonly accessKey: string;
  readonly secretKey: string;
  /** Present for temporary credentials (STS / IAM); sent and signed as `X-Security-Token`. */
  readonly securityToken?: string;
}

export type Credentials = TokenCredentials | AccessKeyCredentials;

export function isTokenCredentials(credentials: Credentials): credentials is TokenCredentials {
  return typeof (credentials as Partial<TokenCredentials>).token === 'string';
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const REDACTED = '[redacted]';
// Header values must be visible ASCII; anything else is either rejected by fetch or silently altered on the wire.
const HEADER_SAFE = /^[\x21-\x7e]+$/;

// Secrets live in #private fields so that JSON.stringify, util.inspect, spreading and structuredClone never see them.
class StaticAccessKey implements AccessKeyCredentials {
  readonly accessKey: string;
  readonly #secretKey: string;
  readonly #securityToken: string | undefined;

  constructor(accessKey: string, secretKey: string, securityToken: string | undefined) {
    this.accessKey = accessKey;
    this.#secretKey = secretKey;
    this.#securityToken = securityToken;
    Object.freeze(this);
  }

  get secretKey(): string {
    return this.#secretKey;
  }

  get securityToken(): string | undefined {
    return this.#securityToken;
  }

  toJSON(): Record<string, string> {
    return this.#securityToken === undefined
      ? { accessKey: this.accessKey, secretKey: REDACTED }
      : { accessKey: this.accessKey, secretKey: REDACTED, securityToken: REDACTED };
  }

  toString(): string {
    return `AccessKeyCredentials ${JSON.stringify(this)}`;
  }

  [INSPECT](): string {
    return this.toString();
  }
}

class StaticToken implements TokenCredentials {
  readonly #token: string;

  constructor(token: string) {
    this.#token = token;
    Object.freeze(this);
  }

  get token(): string {
    return this.#token;
  }

  toJSON(): Record<string, string> {
    return { token: REDACTED };
  }

  toString(): string {
    return `TokenCredentials ${JSON.stringify(this)}`;
  }

  [INSPECT](): string {
    return this.toString();
  }
}

// Messages never echo the value: it may be a secret.
function checkHeaderSafe(value: unknown, label: string): string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${label} is missing or empty: pass a non-empty string.`);
  if (!HEADER_SAFE.test(value)) {
    throw new TypeError(
      `${label} contains whitespace or a non-ASCII/control character; copy it again without surrounding spaces or line breaks.`,
    );
  }
  return value;
}

function checkSecretKey(value: unknown, label: string): string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${label} is missing or empty: pass a non-empty string.`);
  if (value.trim() !== value) {
    // An extra space is the most common cause of the gateway's "verify aksk signature fail".
    throw new TypeError(`${label} has leading or trailing whitespace; remove it (the secret key is used byte for byte).`);
  }
  return value;
}

/**
 * Validates credentials and returns a frozen copy whose secrets are hidden from `JSON.stringify`, `util.inspect`
 * and string conversion. Throws a `TypeError` naming the bad field.
 */
export function createCredentials(input: TokenCredentials): TokenCredentials;
export function createCredentials(input: AccessKeyCredentials): AccessKeyCredentials;
export function createCredentials(input: Credentials): Credentials;
export function createCredentials(input: Credentials): Credentials {
  if (typeof input !== 'object' || input === null) {
    throw new TypeError('credentials must be an object: { accessKey, secretKey, securityToken? } or { token }.');
  }
  const candidate = input as Partial<TokenCredentials & AccessKeyCredentials>;
  if (candidate.token !== undefined) {
    if (candidate.accessKey !== undefined || candidate.secretKey !== undefined) {
      throw new TypeError('credentials has both a token and an access key: pass either { token } or { accessKey, secretKey }.');
    }
    return new StaticToken(checkHeaderSafe(candidate.token, 'credentials.token'));
  }
  if (candidate.accessKey === undefined && candidate.secretKey === undefined) {
    throw new TypeError('credentials has neither accessKey/secretKey nor token: pass { accessKey, secretKey, securityToken? } or { token }.');
  }
  return new StaticAccessKey(
    checkHeaderSafe(candidate.accessKey, 'credentials.accessKey'),
    checkSecretKey(candidate.secretKey, 'credentials.secretKey'),
    candidate.securityToken === undefined ? undefined : checkHeaderSafe(candidate.securityToken, 'credentials.securityToken'),
  );
}

export type Environment = Readonly<Record<string, string | undefined>>;

export interface EnvironmentCredentials {
  credentials: AccessKeyCredentials;
  domainId?: string;
}

const KEY_PAIRS = [
  ['HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK'],
  ['CLOUD_SDK_AK', 'CLOUD_SDK_SK'],
] as const;
const ACCEPTED_PAIRS = 'HUAWEICLOUD_SDK_AK + HUAWEICLOUD_SDK_SK, or CLOUD_SDK_AK + CLOUD_SDK_SK (as in Huawei\'s samples)';

/**
 * Reads an access key from the environment: `HUAWEICLOUD_SDK_AK`/`HUAWEICLOUD_SDK_SK` (the official SDKs' names),
 * else `CLOUD_SDK_AK`/`CLOUD_SDK_SK`; plus optional `HUAWEICLOUD_SDK_SECURITY_TOKEN` (temporary credentials) and
 * `HUAWEICLOUD_SDK_DOMAIN_ID`. Empty variables count as unset. A pair is never mixed with the other pair.
 */
export function credentialsFromEnv(
  env: Environment | undefined = (globalThis as { process?: { env?: Environment } }).process?.env,
): EnvironmentCredentials {
  if (env === undefined) {
    throw new Error(`No environment is available in this runtime: pass credentials explicitly, or pass env to credentialsFromEnv().`);
  }
  const read = (name: string): string | undefined => (env[name] === '' ? undefined : env[name]);
  const pair = KEY_PAIRS.find(([ak, sk]) => read(ak) !== undefined || read(sk) !== undefined);
  if (pair === undefined) {
    throw new Error(`No access key in the environment: set ${ACCEPTED_PAIRS}.`);
  }
  const [akName, skName] = pair;
  const missing = read(akName) === undefined ? akName : read(skName) === undefined ? skName : undefined;
  if (missing !== undefined) {
    throw new Error(`${missing} is not set although ${missing === akName ? skName : akName} is: set both (accepted pairs: ${ACCEPTED_PAIRS}).`);
  }
  const securityToken = read('HUAWEICLOUD_SDK_SECURITY_TOKEN');
  const domainId = read('HUAWEICLOUD_SDK_DOMAIN_ID');
  const credentials = new StaticAccessKey(
    checkHeaderSafe(read(akName), akName),
    checkSecretKey(read(skName), skName),
    securityToken === undefined ? undefined : checkHeaderSafe(securityToken, 'HUAWEICLOUD_SDK_SECURITY_TOKEN'),
  );
  return domainId === undefined
    ? { credentials }
    : { credentials, domainId: checkHeaderSafe(domainId, 'HUAWEICLOUD_SDK_DOMAIN_ID') };
}

/** Validates a domain (account) id before it goes into a header. */
export function checkDomainId(domainId: unknown): string {
  return checkHeaderSafe(domainId, 'domainId');
}
