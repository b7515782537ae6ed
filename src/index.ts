export { createCloudConnectClient, DEFAULT_ENDPOINT, operationSpecs, type CloudConnectClient, type CloudConnectClientOptions } from './client.js';
export type { OperationSpec } from './operation-table.js';
export { CloudConnectError, CloudConnectNetworkError, CloudConnectPermissionError, CloudConnectTimeoutError } from './errors.js';
export { paginate, type ItemOf, type PageOf, type PaginateArgs, type PaginatedOperationId, type Paginator } from './pagination.js';
export { CloudConnectWaitError, waitFor, waitForDeletion, type StatefulOperationId, type StateOf, type WaitForOptions, type WaitOptions } from './waiters.js';
export type { AttemptEvent, AttemptFailure, RetryOptions } from './transport.js';
export { credentialsFromEnv, type AccessKeyCredentials, type Credentials, type TokenCredentials } from './auth/credentials.js';
export {
  paginationSpecs,
  stateSpecs,
  type CallOptions,
  type CloudConnectOperations,
  type OperationId,
  type OperationTypes,
  type PaginationSpec,
  type StateSpec,
} from '../generated/client.gen.js';
export type * from '../generated/schema.js';
