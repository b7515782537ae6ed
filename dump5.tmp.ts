import { readFileSync } from 'node:fs';
import { createSpecModel } from './src/spec/index.js';
const spec = createSpecModel(JSON.parse(readFileSync('generated/openapi.json','utf8')));
for (const op of spec.operations) if (/^(Delete|Apply|Associate|Disassociate|Tag|Create)/.test(op.operationId)) console.log(op.operationId, op.responses.map(r=>r.status).join(','));
