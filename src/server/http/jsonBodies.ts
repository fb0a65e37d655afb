import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors';

// Fastify's own JSON parser (which refuses __proto__ and constructor.prototype), plus two checks
// that no schema can make because they concern the shape of any value: both were 500s found by
// tests/server/fuzz.test.ts. Checked once here, for every route, before anything else sees the body.
//
// - Nesting: no body of the contract is more than a handful of levels deep, but JSON.parse accepts
//   100,000 levels in 256 KiB, and storing such a value (a rejected mutation's args) overflowed
//   the stack in JSON.stringify.
// - NUL: PostgreSQL text cannot hold U+0000, so a NUL in a value the store writes as is (a
//   mutation's name) failed the insert. Nothing a person types or a case system exports has one.

export const MAX_JSON_DEPTH = 32;

/** Why the value may not come in, or null. Iterative: a recursive walk would overflow on the very input it refuses. */
export function jsonProblem(value: unknown): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, depth] = next;
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return 'Text may not contain a NUL character (U+0000).';
    } else if (item !== null && typeof item === 'object') {
      if (depth >= MAX_JSON_DEPTH) return `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep.`;
      for (const [key, child] of Object.entries(item)) {
        if (key.includes('\u0000')) return 'A key may not contain a NUL character (U+0000).';
        stack.push([child, depth + 1]);
      }
    }
  }
  return null;
}

/**
 * The exact text of each JSON body, for the staff device's proof (deviceProof.ts), which signs the
 * bytes it sent rather than a re-serialisation that could differ.
 */
const rawBodies = new WeakMap<FastifyRequest, string>();

/** The request's body as it came ('' when it had none). */
export const rawBodyOf = (request: FastifyRequest): string => rawBodies.get(request) ?? '';

export function installJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    rawBodies.set(request, body as string);
    parseJson(request, body as string, (error, value) => {
      if (error) return done(error, undefined);
      const problem = jsonProblem(value);
      if (problem) return done(new ApiError(400, 'invalid-json', problem), undefined);
      return done(null, value);
    });
  });
}
