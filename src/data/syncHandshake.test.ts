import { beforeAll, describe, expect, it } from 'vitest';
import { syncSchemas } from './schemasLoader';
import { schemaVerdict } from './syncHandshake';

const body = (schemaVersions: number[]) => ({ code: 'schema-version', message: 'x', schemaVersions });

describe('schemaVerdict', () => {
  // It reads answers to requests, sent once the schemas had loaded (SyncEngine.post).
  beforeAll(() => syncSchemas());

  it('asks for an update when the server speaks only newer versions', () => {
    expect(schemaVerdict(409, body([3, 2]), 1)).toBe('update-app');
  });

  it('waits when the server speaks only older versions (it is not upgraded yet, or rolled back)', () => {
    expect(schemaVerdict(409, body([1]), 2)).toBe('wait-for-server');
  });

  it('asks for an update from a server that does not name its versions', () => {
    expect(schemaVerdict(409, { code: 'schema-version', message: 'x' }, 1)).toBe('update-app');
  });

  it('is not about the schema for other answers', () => {
    expect(schemaVerdict(409, { code: 'mutation-gap', message: 'x' }, 1)).toBeNull();
    expect(schemaVerdict(400, body([2]), 1)).toBeNull();
    expect(schemaVerdict(409, undefined, 1)).toBeNull();
  });
});
