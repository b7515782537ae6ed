import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import {
  createAuthMiddleware,
  createCredentials,
  credentialsFromEnv,
  isTokenCredentials,
  sign,
  verifySignature,
  type Environment,
} from '../../src/auth/index.js';

const SK = 'exampleSecretKey0000000000000000000000001';
const TOKEN = 'gQpzZWN1cml0eS10b2tlbi1leGFtcGxl';

function everyRendering(value: unknown): string[] {
  return [
    JSON.stringify(value),
    JSON.stringify({ nested: [value] }),
    inspect(value),
    inspect(value, { showHidden: true, depth: 10, getters: true }),
    inspect({ nested: value }, { depth: 10 }),
    String(value),
    `${JSON.stringify({ ...(value as object) })}`,
    JSON.stringify(structuredClone(value)),
  ];
}

describe('redaction', () => {
  it('AK/SK with a security token: secrets readable by code, absent from every rendering', () => {
    const credentials = createCredentials({ accessKey: 'HPUAEXAMPLETEMPAK001', secretKey: SK, securityToken: TOKEN });
    expect(credentials.secretKey).toBe(SK);
    expect(credentials.securityToken).toBe(TOKEN);
    expect(JSON.stringify(credentials)).toBe('{"accessKey":"HPUAEXAMPLETEMPAK001","secretKey":"[redacted]","securityToken":"[redacted]"}');
    expect(inspect(credentials)).toBe(
      'AccessKeyCredentials {"accessKey":"HPUAEXAMPLETEMPAK001","secretKey":"[redacted]","securityToken":"[redacted]"}',
    );
    for (const text of everyRendering(credentials)) {
      expect(text).not.toContain(SK);
      expect(text).not.toContain(TOKEN);
    }
    expect(Object.isFrozen(credentials)).toBe(true);
  });

  it('token credentials: the token is absent from every rendering', () => {
    const credentials = createCredentials({ token: TOKEN });
    expect(isTokenCredentials(credentials)).toBe(true);
    expect(credentials.token).toBe(TOKEN);
    expect(JSON.stringify(credentials)).toBe('{"token":"[redacted]"}');
    expect(inspect(credentials)).toBe('TokenCredentials {"token":"[redacted]"}');
    for (const text of everyRendering(credentials)) expect(text).not.toContain(TOKEN);
  });

  it('credentialsFromEnv returns redacted credentials', () => {
    const { credentials } = credentialsFromEnv({ HUAWEICLOUD_SDK_AK: 'AK1', HUAWEICLOUD_SDK_SK: SK, HUAWEICLOUD_SDK_SECURITY_TOKEN: TOKEN });
    for (const text of everyRendering(credentials)) {
      expect(text).not.toContain(SK);
      expect(text).not.toContain(TOKEN);
    }
  });

  it('the middleware object does not expose the credentials it closes over', () => {
    for (const input of [{ accessKey: 'AK1', secretKey: SK, securityToken: TOKEN }, { token: TOKEN }]) {
      const middleware = createAuthMiddleware({ credentials: input, domainId: 'd0' });
      for (const text of [JSON.stringify(middleware), inspect(middleware, { showHidden: true, depth: 10 })]) {
        expect(text).not.toContain(SK);
        expect(text).not.toContain(TOKEN);
      }
    }
  });

  it('sign() results and verification mismatches hide the security token, also in their canonical requests', async () => {
    const credentials = createCredentials({ accessKey: 'AK1', secretKey: SK, securityToken: TOKEN });
    const signed = await sign(
      { method: 'GET', url: 'https://cc.myhuaweicloud.com/v3/x', headers: { 'Content-Type': 'application/json' } },
      { credentials, domainId: 'd0', date: new Date('2024-01-02T03:04:05Z') },
    );
    const headers = new Headers({ host: 'cc.myhuaweicloud.com', 'content-type': 'application/json' });
    signed.apply(headers);
    expect(headers.get('x-security-token')).toBe(TOKEN);
    expect(signed.canonicalRequest).toContain('\nx-security-token:[redacted]\n');

    const verdict = await verifySignature(
      { method: 'GET', url: '/v3/y', headers },
      { lookup: () => credentials, now: () => new Date('2024-01-02T03:04:05Z') },
    );
    expect(verdict).toMatchObject({ ok: false, reason: 'signature-mismatch', canonicalRequest: expect.stringContaining('\nx-security-token:[redacted]\n') });
    for (const value of [signed, verdict]) {
      for (const text of [JSON.stringify(value), inspect(value, { showHidden: true, depth: 10 })]) {
        expect(text).not.toContain(TOKEN);
        expect(text).not.toContain(SK);
      }
    }
  });

  it('validation errors never echo the offending value', () => {
    const secret = ' s3cr3t-with-space';
    const attempts = [
      () => createCredentials({ accessKey: 'AK1', secretKey: secret }),
      () => createCredentials({ accessKey: 'AK1', secretKey: 'x', securityToken: 'tok en' }),
      () => createCredentials({ token: 'tok\nen' }),
      () => credentialsFromEnv({ CLOUD_SDK_AK: 'AK1', CLOUD_SDK_SK: `${SK}\n` }),
    ];
    for (const attempt of attempts) {
      expect(attempt).toThrow(TypeError);
      try {
        attempt();
      } catch (error) {
        const text = `${(error as Error).message} ${inspect(error)}`;
        for (const secretPart of ['s3cr3t', 'tok en', 'tok\nen', SK]) expect(text).not.toContain(secretPart);
      }
    }
  });

  it('verification failures never echo the secret or the security token', async () => {
    const credentials = { accessKey: 'AK1', secretKey: SK, securityToken: TOKEN };
    const verdict = await verifySignature(
      {
        method: 'GET',
        url: '/v3/x',
        headers: {
          host: 'h',
          'x-sdk-date': '20240102T030405Z',
          'x-security-token': 'wrong-token',
          authorization: `SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date;x-security-token, Signature=${'0'.repeat(64)}`,
        },
      },
      { lookup: () => credentials, now: () => new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) },
    );
    expect(verdict).toMatchObject({ ok: false, reason: 'bad-security-token' });
    expect(JSON.stringify(verdict)).not.toContain(TOKEN);
    expect(JSON.stringify(verdict)).not.toContain(SK);
  });
});

describe('createCredentials validation', () => {
  it.each([
    [{ accessKey: 'AK1', secretKey: '' }, 'credentials.secretKey must be a non-empty string without leading or trailing whitespace (the secret key is used byte for byte).'],
    [{ accessKey: '', secretKey: SK }, 'credentials.accessKey must be a non-empty string of visible ASCII characters; copy it again without surrounding spaces or line breaks.'],
    [{ accessKey: 'AK1' }, 'credentials.secretKey must be a non-empty string without leading or trailing whitespace (the secret key is used byte for byte).'],
    [{ accessKey: 'AK 1', secretKey: SK }, 'credentials.accessKey must be a non-empty string of visible ASCII characters; copy it again without surrounding spaces or line breaks.'],
    [{ accessKey: 'AK1', secretKey: `${SK} ` }, 'credentials.secretKey must be a non-empty string without leading or trailing whitespace (the secret key is used byte for byte).'],
    [{ accessKey: 'AK1', secretKey: SK, securityToken: '' }, 'credentials.securityToken must be a non-empty string of visible ASCII characters; copy it again without surrounding spaces or line breaks.'],
    [{ token: 'a', accessKey: 'AK1', secretKey: SK }, 'credentials must be either { accessKey, secretKey, securityToken? } or { token }.'],
    [{ token: 'tøken' }, 'credentials.token must be a non-empty string of visible ASCII characters; copy it again without surrounding spaces or line breaks.'],
    [{}, 'credentials must be either { accessKey, secretKey, securityToken? } or { token }.'],
    [null, 'credentials must be either { accessKey, secretKey, securityToken? } or { token }.'],
    ['AK1:SK1', 'credentials must be either { accessKey, secretKey, securityToken? } or { token }.'],
    [{ accessKey: 'AK1', secretKey: 5 }, 'credentials.secretKey must be a non-empty string without leading or trailing whitespace (the secret key is used byte for byte).'],
    [{ token: 'a', accessKey: 'AK1' }, 'credentials must be either { accessKey, secretKey, securityToken? } or { token }.'],
    [{ token: 'a', secretKey: SK }, 'credentials must be either { accessKey, secretKey, securityToken? } or { token }.'],
    [{ secretKey: SK }, 'credentials.accessKey must be a non-empty string of visible ASCII characters; copy it again without surrounding spaces or line breaks.'],
  ])('createCredentials(%j) throws %j', (given, message) => {
    expect(() => createCredentials(given as never)).toThrow(new TypeError(message));
  });

  it.each<[string, object, string]>([
    ['a key pair', { accessKey: 'AK1', secretKey: SK }, '{"accessKey":"AK1","secretKey":"[redacted]"}'],
    ['a key pair with a token', { accessKey: 'AK1', secretKey: SK, securityToken: TOKEN }, '{"accessKey":"AK1","secretKey":"[redacted]","securityToken":"[redacted]"}'],
    ['a token', { token: TOKEN }, '{"token":"[redacted]"}'],
  ])('%s renders as JSON with exactly its fields, secrets redacted', (_, given, json) => {
    expect(JSON.stringify(createCredentials(given as never))).toBe(json);
  });

  it('createAuthMiddleware validates credentials and domainId up front', () => {
    expect(() => createAuthMiddleware({ credentials: { accessKey: 'AK1', secretKey: '' } })).toThrow('credentials.secretKey must be a non-empty string without leading or trailing whitespace (the secret key is used byte for byte).');
    expect(() => createAuthMiddleware({ credentials: { token: TOKEN }, domainId: 'has space' })).toThrow(
      'domainId must be a non-empty string of visible ASCII characters',
    );
  });
});

describe('credentialsFromEnv', () => {
  type Want = { accessKey: string; secretKey: string; securityToken?: string; domainId?: string } | { error: string };
  const accepted = 'accepted pairs: HUAWEICLOUD_SDK_AK + HUAWEICLOUD_SDK_SK, or CLOUD_SDK_AK + CLOUD_SDK_SK (as in Huawei\'s samples)';
  const rows: Array<[string, Environment, Want]> = [
    ['official names', { HUAWEICLOUD_SDK_AK: 'AK1', HUAWEICLOUD_SDK_SK: 'SK1' }, { accessKey: 'AK1', secretKey: 'SK1' }],
    ['sample names', { CLOUD_SDK_AK: 'AK2', CLOUD_SDK_SK: 'SK2' }, { accessKey: 'AK2', secretKey: 'SK2' }],
    [
      'official names win over sample names',
      { HUAWEICLOUD_SDK_AK: 'AK1', HUAWEICLOUD_SDK_SK: 'SK1', CLOUD_SDK_AK: 'AK2', CLOUD_SDK_SK: 'SK2' },
      { accessKey: 'AK1', secretKey: 'SK1' },
    ],
    [
      'temporary credentials and domain id',
      { CLOUD_SDK_AK: 'AK2', CLOUD_SDK_SK: 'SK2', HUAWEICLOUD_SDK_SECURITY_TOKEN: 'TOK', HUAWEICLOUD_SDK_DOMAIN_ID: 'dom1' },
      { accessKey: 'AK2', secretKey: 'SK2', securityToken: 'TOK', domainId: 'dom1' },
    ],
    ['empty values count as unset', { HUAWEICLOUD_SDK_AK: '', HUAWEICLOUD_SDK_SK: '', CLOUD_SDK_AK: 'AK2', CLOUD_SDK_SK: 'SK2', HUAWEICLOUD_SDK_DOMAIN_ID: '' }, { accessKey: 'AK2', secretKey: 'SK2' }],
    ['nothing set', {}, { error: 'No access key in the environment: set HUAWEICLOUD_SDK_AK + HUAWEICLOUD_SDK_SK, or CLOUD_SDK_AK + CLOUD_SDK_SK (as in Huawei\'s samples).' }],
    ['only official AK', { HUAWEICLOUD_SDK_AK: 'AK1' }, { error: `HUAWEICLOUD_SDK_SK is not set although HUAWEICLOUD_SDK_AK is: set both (${accepted}).` }],
    ['only sample SK', { CLOUD_SDK_SK: 'SK2' }, { error: `CLOUD_SDK_AK is not set although CLOUD_SDK_SK is: set both (${accepted}).` }],
    [
      'pairs are never mixed',
      { HUAWEICLOUD_SDK_AK: 'AK1', CLOUD_SDK_SK: 'SK2' },
      { error: `HUAWEICLOUD_SDK_SK is not set although HUAWEICLOUD_SDK_AK is: set both (${accepted}).` },
    ],
    [
      'whitespace around the secret names the variable',
      { CLOUD_SDK_AK: 'AK2', CLOUD_SDK_SK: 'SK2\r' },
      { error: 'CLOUD_SDK_SK must be a non-empty string without leading or trailing whitespace (the secret key is used byte for byte).' },
    ],
    [
      'a bad security token names the variable',
      { CLOUD_SDK_AK: 'AK2', CLOUD_SDK_SK: 'SK2', HUAWEICLOUD_SDK_SECURITY_TOKEN: 'to ken' },
      { error: 'HUAWEICLOUD_SDK_SECURITY_TOKEN must be a non-empty string of visible ASCII characters; copy it again without surrounding spaces or line breaks.' },
    ],
    [
      'bad domain id names the variable',
      { CLOUD_SDK_AK: 'AK2', CLOUD_SDK_SK: 'SK2', HUAWEICLOUD_SDK_DOMAIN_ID: 'a b' },
      { error: 'HUAWEICLOUD_SDK_DOMAIN_ID must be a non-empty string of visible ASCII characters; copy it again without surrounding spaces or line breaks.' },
    ],
  ];

  it.each(rows)('%s', (_name, env, want) => {
    if ('error' in want) {
      expect(() => credentialsFromEnv(env)).toThrow(want.error);
      return;
    }
    const { credentials, domainId } = credentialsFromEnv(env);
    expect({
      accessKey: credentials.accessKey,
      secretKey: credentials.secretKey,
      ...(credentials.securityToken === undefined ? {} : { securityToken: credentials.securityToken }),
      ...(domainId === undefined ? {} : { domainId }),
    }).toEqual(want);
  });

  it('without a process (browsers) asks for credentials or an env', () => {
    vi.stubGlobal('process', undefined);
    try {
      expect(() => credentialsFromEnv()).toThrow(new Error('No environment is available in this runtime: pass credentials explicitly, or pass env to credentialsFromEnv().'));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('defaults to process.env', () => {
    try {
      vi.stubEnv('HUAWEICLOUD_SDK_AK', '');
      vi.stubEnv('HUAWEICLOUD_SDK_SK', '');
      vi.stubEnv('CLOUD_SDK_AK', 'AKP');
      vi.stubEnv('CLOUD_SDK_SK', 'SKP');
      expect(credentialsFromEnv().credentials.accessKey).toBe('AKP');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
