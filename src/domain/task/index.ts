// The task lifecycle's pure rules.
export * from './types';
export * from './actions';
export * from './errors';
export * from './policy';
export * from './schedule';
export * from './machine';
export * from './checks';
export * from './rules';
