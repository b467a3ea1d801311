/** Version of @consentry/core written into every record (kept equal to package.json by a test). */
export const LIBRARY_VERSION = '0.1.0';
