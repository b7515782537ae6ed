import { readFileSync } from 'node:fs';
import { createSpecModel } from './src/spec/index.js';
const spec = createSpecModel(JSON.parse(readFileSync('generated/openapi.json','utf8')));
for (const k of process.argv.slice(2)) { const c = spec.collections.find(c=>c.itemKey===k); console.log(k, JSON.stringify(c?.seeds, null, 0)); }
const op = spec.operation('CreateCentralNetwork'); console.log(JSON.stringify(op.body?.examples.map(e=>e.value)));
console.log(JSON.stringify(spec.operation('ListCentralNetworkPolicyChangeSet').successExample));
