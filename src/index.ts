export { createCloudConnectClient, DEFAULT_ENDPOINT, type CloudConnectClient, type CloudConnectClientOptions } from './client.js';
export { CloudConnectError } from './errors.js';
export type { AccessKeyCredentials, Credentials, TokenCredentials } from './auth/credentials.js';
export { operationSpecs, type CallOptions, type CloudConnectOperations, type OperationId, type OperationSpec } from '../generated/client.gen.js';
export type * from '../generated/schema.js';
