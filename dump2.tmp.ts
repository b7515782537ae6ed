import { readFileSync } from 'node:fs';
import { createSpecModel } from './src/spec/index.js';
const spec = createSpecModel(JSON.parse(readFileSync('generated/openapi.json','utf8')));
const keys = process.argv.slice(2);
for (const c of spec.collections) {
  if (!keys.includes(c.itemKey ?? c.listKey ?? '')) continue;
  const props = spec.schemas.properties(c.itemSchema!);
  console.log('==', c.itemKey, 'required:', spec.schemas.required(c.itemSchema!).join(','));
  for (const [n, s] of Object.entries(props)) { const r = spec.schemas.resolve(s) as any; console.log('  ', n, r.type ?? (r.oneOf?'oneOf':''), r.enum ? JSON.stringify(r.enum):'', r.items ? JSON.stringify(spec.schemas.resolve(r.items)).slice(0,150):'', (r.description??'').slice(0,100).replace(/\n/g,' ')); }
  console.log('  seed0:', JSON.stringify(c.seeds[0] ?? c.examples[0]).slice(0,800));
}
