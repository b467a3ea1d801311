// STUB: the consent records log lands with issue 6 (createRecords).
export {};
