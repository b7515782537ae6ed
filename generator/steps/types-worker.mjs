// The types step's work, in a worker thread of its own: openapi-typescript loads the TypeScript compiler (seconds),
// which then happens beside the steps on the main thread instead of before them. Plain JavaScript, so the worker
// starts without the TypeScript loader the generator runs under.
//
// It calls openapi-typescript's transform directly, with the context its `openapiTS()` (7.13, pinned) builds from
// the same options: `openapiTS()` would first lint the document with Redocly's minimal rules and bundle it again,
// and the document it gets here is already Redocly's bundle of a spec the lint step checked with stricter rules.
//
// The three modules it uses are required from openapi-typescript's CommonJS build rather than imported from its
// index: the index also loads @redocly/openapi-core (only `openapiTS()` needs it), and an ES import of the TypeScript
// compiler (CommonJS, 9 MB) first scans the whole file for its export names; together about 0.7 s of CPU.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const transformSchema = require('openapi-typescript/dist/transform/index.cjs');
const { resolveRef, scanDiscriminators } = require('openapi-typescript/dist/lib/utils.cjs');
const { astToString } = require('openapi-typescript/dist/lib/ts.cjs');

const schema = workerData.bundle;
const options = {
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  alphabetize: true,
  // A default is what the service assumes when a field is left out, so the field stays optional to send.
  defaultNonNullable: false,
  silent: true,
};
// Every other option at openapi-typescript's default.
const ctx = {
  additionalProperties: false,
  alphabetize: options.alphabetize,
  arrayLength: false,
  defaultNonNullable: options.defaultNonNullable,
  discriminators: scanDiscriminators(schema, options),
  emptyObjectsUnknown: false,
  enum: false,
  enumValues: false,
  conditionalEnums: false,
  dedupeEnums: false,
  excludeDeprecated: false,
  exportType: false,
  immutable: false,
  rootTypes: options.rootTypes,
  rootTypesNoSchemaPrefix: options.rootTypesNoSchemaPrefix,
  rootTypesKeepCasing: false,
  injectFooter: [],
  pathParamsAsTypes: false,
  postTransform: undefined,
  propertiesRequiredByDefault: false,
  silent: options.silent,
  inject: undefined,
  transform: undefined,
  transformProperty: undefined,
  makePathsEnum: false,
  generatePathParams: false,
  readWriteMarkers: false,
  resolve: ($ref) => resolveRef(schema, $ref, { silent: options.silent }),
};
parentPort.postMessage(astToString(transformSchema(schema, ctx)));
