import { runClientCase } from './signing-fixture.js';

// The page's only job: expose the fixture to page.evaluate().
(globalThis as { ccAuth?: unknown }).ccAuth = { runClientCase, isSecureContext: globalThis.isSecureContext };
