export * from './types.js';
export * from './errors.js';
export * from './cookie-pattern.js';
export * from './classify-cookie.js';
