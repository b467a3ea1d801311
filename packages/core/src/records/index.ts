// STUB: the consent records log (createRecords) lands with issue 6.
export * from './options.js';
