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
// Each class is made in a call marked pure: bundlers then drop it from applications that never create one (the
// client keeps a private plain copy instead), which they cannot do for a class with a computed method name.
const StaticAccessKey = /* @__PURE__ */ (() =>
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
  })();

const StaticToken = /* @__PURE__ */ (() =>
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
  })();

// Messages never echo the value: it may be a secret. Header values must be visible ASCII; the secret key is only
// hashed, so it may hold anything but an edge space (the most common cause of "verify aksk signature fail").
function checkText(value: unknown, label: string, secret?: boolean): string {
  if (typeof value !== 'string' || !(secret ? value !== '' && value.trim() === value : HEADER_SAFE.test(value))) {
    throw new TypeError(
      secret
        ? `${label} must be a non-empty string without leading or trailing whitespace (the secret key is used byte for byte).`
        : `${label} must be a non-empty string of visible ASCII characters; copy it again without surrounding spaces or line breaks.`,
    );
  }
  return value;
}

/**
 * Validates credentials and returns a plain copy, for code that keeps it to itself (the client's connection):
 * later changes to the caller's object cannot change what is signed. Throws a `TypeError` naming the bad field.
 */
export function checkCredentials(input: Credentials): Credentials {
  const candidate = (typeof input === 'object' && input !== null ? input : {}) as Partial<TokenCredentials & AccessKeyCredentials>;
  const isToken = candidate.token !== undefined;
  if (isToken === (candidate.accessKey !== undefined || candidate.secretKey !== undefined)) {
    throw new TypeError('credentials must be either { accessKey, secretKey, securityToken? } or { token }.');
  }
  if (isToken) return { token: checkText(candidate.token, 'credentials.token') };
  const { securityToken } = candidate;
  return {
    accessKey: checkText(candidate.accessKey, 'credentials.accessKey'),
    secretKey: checkText(candidate.secretKey, 'credentials.secretKey', true),
    ...(securityToken === undefined ? {} : { securityToken: checkText(securityToken, 'credentials.securityToken') }),
  };
}

/**
 * Validates credentials and returns a frozen copy whose secrets are hidden from `JSON.stringify`, `util.inspect`
 * and string conversion. Throws a `TypeError` naming the bad field.
 */
export function createCredentials(input: TokenCredentials): TokenCredentials;
export function createCredentials(input: AccessKeyCredentials): AccessKeyCredentials;
export function createCredentials(input: Credentials): Credentials;
export function createCredentials(input: Credentials): Credentials {
  const checked = checkCredentials(input);
  return isTokenCredentials(checked) ? new StaticToken(checked.token) : new StaticAccessKey(checked.accessKey, checked.secretKey, checked.securityToken);
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
    checkText(read(akName), akName),
    checkText(read(skName), skName, true),
    securityToken === undefined ? undefined : checkText(securityToken, 'HUAWEICLOUD_SDK_SECURITY_TOKEN'),
  );
  return domainId === undefined ? { credentials } : { credentials, domainId: checkText(domainId, 'HUAWEICLOUD_SDK_DOMAIN_ID') };
}

/** Validates a domain (account) id before it goes into a header. */
export function checkDomainId(domainId: unknown): string {
  return checkText(domainId, 'domainId');
}
