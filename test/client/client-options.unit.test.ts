import { describe, expect, it } from 'vitest';
import { createCloudConnectClient } from '../../src/index.js';

// Credentials that createCloudConnectClient refuses, beside the option table in runtime.unit.test.ts: a missing
// credentials object and an empty secret key (operations.test.ts refuses them over HTTP too; these need no server).

describe('credentials refused by createCloudConnectClient', () => {
  const domainId = 'a'.repeat(32);
  const refusal = 'createCloudConnectClient: credentials must be { accessKey, secretKey, securityToken? } or { token } with non-empty strings.';
  it.each<[string, unknown]>([
    ['no credentials', undefined],
    ['credentials that are null', null],
    ['an empty secret key', { accessKey: 'AK', secretKey: '' }],
    ['an access key without a secret key', { accessKey: 'AK' }],
  ])('%s', (_, credentials) => {
    expect(() => createCloudConnectClient({ domainId, credentials } as never)).toThrow(new TypeError(refusal));
  });
});
