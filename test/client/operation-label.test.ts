import { describe, expect, it } from 'vitest';
import { operationOfRequest } from '../../src/operation-label.js';

// The generic methods (cc.GET, cc.PUT…) name the operation in errors and log events from the request alone.
const table: { given: string; method: string; url: string; want: string }[] = [
  { given: 'an item path', method: 'PUT', url: 'https://cc.myhuaweicloud.com/v3/0123456789abcdef/ccaas/cloud-connections/2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6', want: 'UpdateCloudConnection' },
  { given: 'the same path read', method: 'GET', url: 'https://cc.myhuaweicloud.com/v3/0123456789abcdef/ccaas/cloud-connections/abc', want: 'ShowCloudConnection' },
  { given: 'a collection with a query', method: 'GET', url: 'https://cc.myhuaweicloud.com/v3/0123456789abcdef/ccaas/cloud-connections?limit=5', want: 'ListCloudConnections' },
  { given: 'a literal segment where an id could stand', method: 'GET', url: 'https://cc.myhuaweicloud.com/v3/0123456789abcdef/ccaas/cloud-connections/tags', want: 'ListCloudConnectionTags' },
  { given: 'an endpoint with a base path', method: 'DELETE', url: 'http://127.0.0.1:8080/proxy/cc/v3/0123456789abcdef/ccaas/cloud-connections/abc', want: 'DeleteCloudConnection' },
  { given: 'a path without a domain id', method: 'POST', url: 'https://cc.myhuaweicloud.com/v3/gcb/abc/tags/create', want: 'BatchCreateGcbResourceTags' },
  { given: 'a method the path does not take', method: 'PATCH', url: 'https://cc.myhuaweicloud.com/v3/0123456789abcdef/ccaas/cloud-connections/abc', want: 'PATCH /v3/0123456789abcdef/ccaas/cloud-connections/abc' },
  { given: 'a path the API does not have', method: 'GET', url: 'https://cc.myhuaweicloud.com/v3/nothing', want: 'GET /v3/nothing' },
];

describe('operationOfRequest', () => {
  it.each(table)('$given → $want', ({ method, url, want }) => {
    expect(operationOfRequest({ method, url })).toBe(want);
  });
});
