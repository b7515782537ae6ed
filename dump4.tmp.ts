import { readFileSync } from 'node:fs';
import { createSpecModel } from './src/spec/index.js';
const spec = createSpecModel(JSON.parse(readFileSync('generated/openapi.json','utf8')));
const r = spec.schemas;
const show = (label: string, s: any) => { const p = r.properties(s); console.log(label, 'req:', r.required(s).join(','), 'props:', Object.keys(p).join(',')); };
const cs = spec.collections.find(c=>c.listKey==='central_network_policy_change_set')!; show('changeset', cs.itemSchema);
const cn = spec.collections.find(c=>c.itemKey==='central_network')!; const p = r.properties(cn.itemSchema!);
for (const k of ['planes','er_instances','connections']) show(k, r.items(p[k]!));
for (const id of ['CreateCentralNetworkGdgwAttachment','CreateCentralNetworkErRouteTableAttachment','CreateP2PSiteNetwork','CreateAuthorisation','CreateCentralNetworkPolicy','UpdateCentralNetworkConnection','AssociateSiteNetworkBandwidth','UpdateSiteNetworkBandwidthSize','UpdateSiteNetworkBandwidth','DisassociateSiteNetworkBandwidth','CreateGlobalConnectionBandwidth','AssociateGlobalConnectionBandwidthInstance']) {
  const op = spec.operation(id); const b = op.body!; const inner = b.envelope.itemKey ? r.properties(b.schema)[b.envelope.itemKey] : b.schema; show(id + ' body(' + b.envelope.itemKey + ')', inner); console.log('   ex:', JSON.stringify(b.examples[0]?.value).slice(0,400));
}
const er = spec.collections.find(c=>c.itemKey==='central_network_er_route_table_attachment')!; show('er att', er.itemSchema);
const sn = spec.collections.find(c=>c.itemKey==='site_network')!; const sp = r.properties(sn.itemSchema!); show('sites', r.items(sp.sites!)); 
const sc = spec.collections.find(c=>c.itemKey==='site_connection')!; show('edge', r.items(r.properties(sc.itemSchema!).edge_pair!));
console.log(JSON.stringify(spec.operation('ApplyCentralNetworkPolicy').successExample).slice(0,300));
console.log(r.required(spec.operation('ApplyCentralNetworkPolicy').success.schema!));
