import { SCHEMA_VERSION, type Mutation, type PullResponse } from '../../src/domain/sync';
import type { SyncSchemas } from '../../src/server/store';

// A "next" release's sync schemas, as the release that bumps SCHEMA_VERSION will write them: the
// server's current schema is SCHEMA_VERSION + 1, and it still speaks today's SCHEMA_VERSION
// through a translation. The fixture pretends that today's apps call the attendance mutation
// `appointment.attend` with `{ appointmentId, answer }` and read the attendance rows' field as
// `answer`; the next schema's names are the store's (`appointment.setAttendance`, `attendance`).

export const NEXT = SCHEMA_VERSION + 1;
export const PREVIOUS = SCHEMA_VERSION;

function mutationIn(mutation: Mutation): Mutation {
  if (mutation.name !== 'appointment.attend') return mutation;
  const { answer, ...rest } = (mutation.args ?? {}) as Record<string, unknown>;
  return { ...mutation, name: 'appointment.setAttendance', args: { ...rest, attendance: answer } };
}

function pullOut(response: PullResponse): PullResponse {
  return {
    ...response,
    patch: response.patch.map((op) => {
      if (op.op !== 'put' || op.table !== 'attendance') return op;
      const { attendance, ...rest } = op.value;
      return { ...op, value: { ...rest, answer: attendance } };
    }),
  };
}

export const NEXT_SYNC_SCHEMAS: SyncSchemas = {
  current: NEXT,
  older: [{ version: PREVIOUS, mutationsIn: (mutations) => mutations.map(mutationIn), pullOut }],
};

/**
 * A "next" release after its transition period: it speaks only the next schema (the e2e test's
 * upgraded server, tests/e2e/nextReleaseServer.ts). Today's apps get 409 'schema-version'.
 */
export const NEXT_ONLY_SYNC_SCHEMAS: SyncSchemas = { current: NEXT, older: [] };

/** The extra migration of the "next" release's server (tests/e2e/nextReleaseServer.ts). */
export const NEXT_MIGRATION = '9999_next_release_fixture';
