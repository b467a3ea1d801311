export * from './start-gate.js';
export * from './gate-options.js';
export * from './tracker-hosts.js';
export * from './intercept-late-tags.js';
export * from './create-placeholder.js';
