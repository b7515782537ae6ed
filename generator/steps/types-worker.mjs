// The types step's work, in a worker thread of its own: openapi-typescript loads the TypeScript compiler (seconds),
// which then happens beside the steps on the main thread instead of before them. Plain JavaScript, so the worker
// starts without the TypeScript loader the generator runs under.
import { parentPort, workerData } from 'node:worker_threads';
import openapiTS, { astToString } from 'openapi-typescript';

const ast = await openapiTS(workerData.bundle, {
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  alphabetize: true,
  // A default is what the service assumes when a field is left out, so the field stays optional to send.
  defaultNonNullable: false,
  silent: true,
});
parentPort.postMessage(astToString(ast));
