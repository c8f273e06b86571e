/** Jest: swc transform (type-checking is `tsc --noEmit`, run separately), one workflow bundle per run. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }],
    // content-disposition 3 (under @fastify/static) is ESM only; Node loads it with require(esm), jest's module loader cannot.
    'node_modules/content-disposition/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 120000, // a hook that starts servers on a 2-core machine kept busy by another process can take a minute
  maxWorkers: 2,
};
