/** The request every contender sends: the documented UpdateCloudConnection example (seed-UpdateCloudConnection.txt). */
export const DOMAIN_ID = '0123456789abcdef0123456789abcdef';
export const CONNECTION_ID = '2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6';
export const PATH_TEMPLATE = '/v3/{domain_id}/ccaas/cloud-connections/{id}';
export const REQUEST_PATH = `/v3/${DOMAIN_ID}/ccaas/cloud-connections/${CONNECTION_ID}`;
export const SEED_BODY = {
  cloud_connection: { name: 'new cloud-connection name', description: 'new cloud-connection description' },
};
/** Made-up keys: the loopback server does not verify signatures, it only answers. */
export const ACCESS_KEY = 'HPUAEXAMPLEAK0000001';
export const SECRET_KEY = 'benchSecretKeyExample0000000000000000000';

/** The documented 200 answer, so every contender parses the same realistic payload. */
export const SEED_RESPONSE = {
  cloud_connection: {
    status: 'ACTIVE',
    id: CONNECTION_ID,
    name: 'new cloud-connection name',
    description: 'new cloud-connection description',
    domain_id: DOMAIN_ID,
    created_at: '2023-09-20T08:28:28Z',
    updated_at: '2023-09-20T09:24:38Z',
    admin_state_up: true,
    used_scene: 'vpc',
    enterprise_project_id: '0',
    network_instance_number: 0,
    bandwidth_package_number: 0,
    inter_region_bandwidth_number: 0,
    tags: [],
  },
  request_id: '0e44ca4e6c250521d154e96a7e2b3cf0',
};
