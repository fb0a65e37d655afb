import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './createDatabase';

// Which errors become a 503 (the database is away; try again) rather than a 500 (a fault). The
// real thing is in tests/server/crash.test.ts, with PostgreSQL stopped under a running server.

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['connection reset', withCode('read ECONNRESET', 'ECONNRESET')],
    ['PostgreSQL shutting down (57P01)', withCode('terminating connection due to administrator command', '57P01')],
    ['PostgreSQL starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a connection exception (08006)', withCode('connection failure', '08006')],
    ['too many connections (53300)', withCode('sorry, too many clients already', '53300')],
    ['a connection that ended under a query', new Error('Connection terminated unexpectedly')],
    ['a client that lost its connection', new Error('Client has encountered a connection error and is not queryable')],
    ['no free connection in time', new Error('timeout exceeded when trying to connect')],
  ])('%s: unavailable', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', withCode('duplicate key value violates unique constraint', '23505')],
    ['a syntax error (42601)', withCode('syntax error at or near "x"', '42601')],
    ['SQLite busy', withCode('database is locked', 'SQLITE_BUSY')],
    ['a plain fault', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error at all', 'ECONNREFUSED'],
  ])('%s: a fault, not unavailability', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
