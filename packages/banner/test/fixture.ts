// The banner's test fixture with the elements registered from source.
import '../src/define.js';
import '../src/declaration/define.js';

export * from './fixture-core.js';
