// workerd runs this module (built by run.ts with the installed cloud-connect-kit bundled in): the matrix POSTs the
// scenario's parameters and reads the report.
import * as kit from '../../src/index.js';
import { clientScenario, type ScenarioParams } from './scenario.js';

export default {
  async fetch(request: Request): Promise<Response> {
    return Response.json(await clientScenario(kit, (await request.json()) as ScenarioParams));
  },
};
