// Node, Bun and Deno run this (built by run.ts, importing the installed cloud-connect-kit): `<entry> <params JSON>
// [refused]`; it prints the scenario's report as JSON.
import * as kit from '../../src/index.js';
import { clientScenario, refusedScenario, type ScenarioParams } from './scenario.js';

const args: string[] = (globalThis as { Deno?: { args: string[] } }).Deno?.args ?? (globalThis as unknown as { process: { argv: string[] } }).process.argv.slice(2);
const params = JSON.parse(args[0] as string) as ScenarioParams;
const report = await (args[1] === 'refused' ? refusedScenario : clientScenario)(kit, params);
// Which `exports` condition the runtime matched: the file `cloud-connect-kit` resolves to.
const loaded = [import.meta.resolve('cloud-connect-kit').split('/').at(-1) as string];
console.log(JSON.stringify({ ...report, loaded }));
