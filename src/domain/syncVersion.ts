// Apart from the sync schemas (sync.ts): the phone reads the version on every start, and the
// schemas, with zod, only load when it talks to the server (src/data/schemasLoader.ts).

/** The sync schema version both sides speak; bumped when the row shapes change incompatibly. */
export const SCHEMA_VERSION = 1;
