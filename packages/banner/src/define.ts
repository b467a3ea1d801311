// Registers the Consentry elements. Filled in by the banner issue.
export {};
