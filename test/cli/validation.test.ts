import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptedServer } from '../support/scripted-server.js';
import { cli, DEMO, tempHome } from './support.js';

// Any request that got through would be answered 200 and recorded: every case below must leave `arrivals` empty.
let server: Awaited<ReturnType<typeof scriptedServer>>;
let env: Record<string, string>;
const home = tempHome();
const bodyFile = path.join(home, 'extra-field.json');
const notJson = path.join(home, 'not-json.json');

beforeAll(async () => {
  server = await scriptedServer([{ status: 200, body: {} }]);
  env = { ...DEMO, CLOUD_CONNECT_ENDPOINT: server.url, XDG_CONFIG_HOME: home };
  writeFileSync(bodyFile, JSON.stringify({ cloud_connection: { name: 'ok', colour: 'blue' } }));
  writeFileSync(notJson, '{ name: ');
});

afterAll(async () => {
  expect(server.arrivals).toEqual([]);
  await server.close();
});

const ID = '2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const PROJECT = '0605767f8a00d5762f2bc0197a4e6a5f';

describe('bad values are named with what is allowed, exit 2, nothing sent', { timeout: 120_000 }, () => {
  it.each([
    ['an enum query value', ['cloud-connections', 'list', '--status', 'BOGUS'], '--status must be one of ACTIVE; got "BOGUS"'],
    ['an integer above its maximum', ['cloud-connections', 'list', '--limit', '5000'], '--limit must be <= 1000; got 5000'],
    ['an integer that is not a number', ['cloud-connections', 'list', '--limit', 'ten'], '--limit must be integer; got "ten"'],
    ['a string longer than its limit', ['cloud-connections', 'update', '--id', ID, '--name', 'x'.repeat(65)], '--cloud-connection.name must NOT have more than 64 characters'],
    ['a pattern', ['cloud-connections', 'update', '--id', ID, '--description', 'a<b'], '--cloud-connection.description must match ^[^<>]*$; got "a<b"'],
    ['a missing path parameter', ['cloud-connections', 'update', '--name', 'n'], '--id is required'],
    ['a missing required query parameter, with its values', ['cloud-connection-quotas', 'list'], '--quota-type is required: one of cloud_connection, cloud_connection_region, cloud_connection_route, region_network_instance'],
    ['a boolean that is not one', ['central-network-policies', 'list', '--central-network-id', ID, '--is-applied', 'maybe'], '--is-applied must be boolean; got "maybe"'],
    ['an item of a repeated enum flag', ['network-instances', 'list', '--type', 'vpc', '--type', 'vpn'], '--type must be one of vpc, vgw; got "vpn"'],
    ['an integer enum in a body', ['bandwidth-packages', 'create', '--name', 'b', '--project-id', PROJECT, '--local-area-id', 'Chinese-Mainland', '--remote-area-id', 'Asia-Pacific', '--charge-mode', 'bandwidth', '--billing-mode', '9', '--bandwidth', '5'], '--bandwidth-package.billing-mode must be one of 1, 2, 3, 4, 5, 6; got 9'],
    ['a string enum in a body', ['bandwidth-packages', 'create', '--name', 'b', '--project-id', PROJECT, '--local-area-id', 'Mars', '--remote-area-id', 'Asia-Pacific', '--charge-mode', 'bandwidth', '--billing-mode', '3', '--bandwidth', '5'], '--bandwidth-package.local-area-id must be one of Chinese-Mainland, Asia-Pacific, Africa, Western-Latin-America, Eastern-Latin-America, Northern-Latin-America; got "Mars"'],
    ['a missing required body field', ['cloud-connections', 'create', '--description', 'no name'], '--cloud-connection.name is required'],
    ['an enum inside a body', ['central-networks', 'create', '--name', 'n', '--central-network.policy-document.planes', 'name=p1', '--central-network.policy-document.planes', '{"name":1}'], '--central-network.policy-document.planes (at name) must be string'],
    ['a field --body-json adds that the spec does not know', ['cloud-connections', 'create', '--body-json', bodyFile], 'has a field the spec does not know: "colour"'],
    ['--body-json that is not JSON', ['cloud-connections', 'create', '--body-json', notJson], `--body-json ${notJson} is not JSON`],
    ['--body-json naming no file', ['cloud-connections', 'create', '--body-json', path.join(home, 'missing.json')], 'cannot read --body-json'],
    ['a JSON flag with neither JSON nor key=value', ['cloud-connections', 'tag', '--id', ID, '--tags', '{oops'], '--tags takes JSON or key=value pairs'],
    ['--output with an unknown format', ['cloud-connections', 'list', '--output', 'xml'], `argument 'xml' is invalid. Allowed choices are json, yaml, table.`],
    ['a malformed --query', ['cloud-connections', 'list', '--query', 'cloud_connections[', '--dry-run'], '--query "cloud_connections[" is not a valid JMESPath expression'],
    ['an unknown operation', ['cloud-connections', 'rename'], "unknown command 'rename'"],
    ['an unknown flag, with the flags there are', ['cloud-connections', 'list', '--colour', 'red'], "error: unknown option '--colour'\nFlags of cloud-connections list: --limit, --marker, --id, --name, --description, --enterprise-project-id, --status, --type, --used-scene; global ones and details: cloud-connect cloud-connections list --help\n"],
    ['a misspelt flag, with a suggestion', ['cloud-connections', 'list', '--stauts', 'ACTIVE'], '(Did you mean --status?)'],
    ['--all on an operation that is not a list', ['cloud-connections', 'show', '--id', ID, '--all'], "unknown option '--all'"],
    ['--wait where nothing reports a state', ['authorizations', 'delete', '--id', ID, '--wait'], "unknown option '--wait'"],
    ['a body for an operation without one', ['cloud-connections', 'show', '--id', ID, '--body-json', bodyFile], "unknown option '--body-json'"],
  ])('%s', async (_case, args, message) => {
    const result = await cli(args, env);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
  });

  it.each([
    ['an operation', ['cloud-connections', 'update', '--help'], ['--id <string>', '[required]', '(1–64 characters; matches ^[A-Za-z0-9\\u4E00-\\u9FFF _.-]+$)', '--name <string>', 'same as --cloud-connection.name', '--wait ', 'Operation UpdateCloudConnection; also callable as']],
    ['an enum and a repeatable flag', ['cloud-connections', 'list', '--help'], ['--status <ACTIVE>', 'one of: ACTIVE; repeatable', '--all ', '--limit <integer>']],
    ['a body field with limits', ['bandwidth-packages', 'create', '--help'], ['--bandwidth <integer>', '--billing-mode <integer>', '(2–999999) [required]', 'one of: 1, 2, 3, 4, 5, 6']],
    ['a section', ['central-network-attachments', '--help'], ['create-gdgw-attachment', '[CreateCentralNetworkGdgwAttachment]', 'update-er-route-table-attachment']],
  ])('help of %s comes from the spec (exit 0, nothing sent)', async (_case, args, wants) => {
    const result = await cli(args, env);
    expect(result.code).toBe(0);
    for (const want of wants) expect(result.stdout).toContain(want);
  });

  it('lists every problem at once, by flag name', async () => {
    const result = await cli(['cloud-connections', 'list', '--status', 'DOWN', '--limit', '0'], env);
    expect(result.stderr).toBe(
      'error: ListCloudConnections: nothing was sent; fix these flags:\n  --limit must be >= 1; got 0\n  --status must be one of ACTIVE; got "DOWN"\nSee: cloud-connect cloud-connections list --help\n',
    );
    expect(result.code).toBe(2);
  });
});
