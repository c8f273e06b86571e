// Pure rules for the register: reading imported deadlines, Vietnamese text search, statistics.
export * from './deadline-text';
export * from './text-search';
export * from './statistics';
export * from './status-labels';
export * from './task-row';
