export {
  checkCredentials,
  checkDomainId,
  createCredentials,
  credentialsFromEnv,
  isTokenCredentials,
  type AccessKeyCredentials,
  type Credentials,
  type Environment,
  type EnvironmentCredentials,
  type TokenCredentials,
} from './credentials.js';
export {
  clockSkewNote,
  createAuthMiddleware,
  SignableRequest,
  type AuthMiddleware,
  type AuthOptions,
} from './middleware.js';
export {
  canonicalHeaders,
  canonicalQueryString,
  canonicalRequest,
  canonicalUri,
  EMPTY_BODY_SHA256,
  formatSdkDate,
  hmacSha256Hex,
  MAX_CLOCK_SKEW_MS,
  parseSdkDate,
  sha256Hex,
  SIGNING_ALGORITHM,
  splitTarget,
  stringToSign,
  type BodyBytes,
  type CanonicalRequestParts,
  type HeaderSource,
} from './canonical.js';
export { sign, signPlain, type PlainSigningInput, type SignedRequest, type SigningContext, type SigningInput } from './signer.js';
export {
  constantTimeEqual,
  describeClockSkew,
  verifySignature,
  type ReceivedRequest,
  type VerifyFailureReason,
  type VerifyOptions,
  type VerifyResult,
} from './verify.js';
