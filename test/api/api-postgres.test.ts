// The API's integration tests on the PostgreSQL server (a fresh schema, dropped afterwards).
import { postgresEngine } from '../support/engines';
import { apiSuite } from './api-suite';

jest.setTimeout(120_000);
apiSuite(postgresEngine);
