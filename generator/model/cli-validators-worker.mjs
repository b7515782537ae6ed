// The cli step's ajv compilation, in a worker thread of its own (seconds of synchronous work that would otherwise
// hold the main thread and every step waiting on it). Plain JavaScript, so the worker starts without the
// TypeScript loader. Gets JSON-ready schemas from cli-validators.ts and posts back ajv's standalone module.
import { parentPort, workerData } from 'node:worker_threads';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';

const { schemas, exports } = workerData;
const ajv = new Ajv2020({ strict: false, allErrors: true, code: { source: true, esm: true, lines: false } });
addFormats.default(ajv);
ajv.addKeyword({ keyword: 'discriminator' });
for (const schema of schemas) ajv.addSchema(schema);
parentPort.postMessage(standaloneCode.default(ajv, exports));
