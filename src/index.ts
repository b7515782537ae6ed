export { createCloudConnectClient, DEFAULT_ENDPOINT, type CloudConnectClient, type CloudConnectClientOptions, type CloudConnectHelpers } from './client.js';
export { CloudConnectError, CloudConnectNetworkError, CloudConnectTimeoutError } from './errors.js';
export { CloudConnectWaitError, type StatefulOperationId, type StateOf, type WaitForOptions, type WaitOptions } from './waiters.js';
export type { ItemOf, PageOf, PaginateArgs, PaginatedOperationId, Paginator } from './pagination.js';
export type { AttemptEvent, RetryOptions } from './transport.js';
export { credentialsFromEnv, type AccessKeyCredentials, type Credentials, type TokenCredentials } from './auth/credentials.js';
export { operationSpecs, type CallOptions, type CloudConnectOperations, type OperationId, type OperationSpec, type OperationTypes } from '../generated/client.gen.js';
export type * from '../generated/schema.js';
