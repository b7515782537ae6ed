// The peer: @huaweicloud/huaweicloud-sdk-core driven as signing.md §5 says, through its credentials, signer and
// HTTP client classes directly. Its ClientBuilder is avoided because it requires `uuid`, which the package does not
// declare; HcClient + DefaultHttpClient is the pipeline ClientBuilder would assemble (sign, then send with axios).
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const coreMain = require.resolve('@huaweicloud/huaweicloud-sdk-core');
export const coreDir = path.dirname(coreMain);
export const coreFile = (relative: string): string => path.join(coreDir, relative);

export interface OfficialRequest {
  endpoint: string;
  method: string;
  headers: Record<string, string>;
  queryParams: Record<string, string | string[]>;
  data?: unknown;
}

export interface OfficialCredentials {
  getAk(): string;
  getSk(): string;
}

interface HcClientInstance {
  withCredential(credential: unknown): HcClientInstance;
  withEndpoints(endpoints: string[]): HcClientInstance;
  sendRequest(options: Record<string, unknown>): Promise<unknown>;
}

export interface OfficialCore {
  GlobalCredentials: new (data: { ak: string; sk: string; domainId: string }) => OfficialCredentials;
  AKSKSigner: { sign(request: OfficialRequest, credential: OfficialCredentials): Record<string, string> };
  HcClient: new (client: unknown, options: object) => HcClientInstance;
  DefaultHttpClient: new (options: object, endpoints: string[]) => unknown;
  /** The `moment` the signer reads the clock from, so a signature can be pinned for comparison. */
  moment: { now: () => number };
}

export function loadOfficialCore(): OfficialCore {
  return {
    GlobalCredentials: require(coreFile('auth/GlobalCredentials.js')).GlobalCredentials,
    AKSKSigner: require(coreFile('auth/AKSKSigner.js')).AKSKSigner,
    HcClient: require(coreFile('HcClient.js')).HcClient,
    DefaultHttpClient: require(coreFile('http/DefaultHttpClient.js')).DefaultHttpClient,
    moment: createRequire(`${coreDir}/`)('moment'),
  };
}
