// The API's integration tests on the embedded register (PGlite).
import { pgliteEngine } from '../support/engines';
import { apiSuite } from './api-suite';

jest.setTimeout(120_000);
apiSuite(pgliteEngine);
