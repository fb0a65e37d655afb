import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { aFullDossier } from '../support/builders';
import { admin } from './harness';

// Generated requests for the route fuzzer (fuzz.test.ts): per route, a body that is right except
// for one field, arbitrary JSON, raw text that is not JSON at all, and headers and path parameters
// from the wrong to the almost right. What is "almost right" comes from the seeded Context, so the
// requests get past authentication and reach the validation and the store.

/** The methods light-my-request can send (a subset of Fastify's HTTPMethods). */
export type Method = NonNullable<InjectOptions['method']>;

export interface Context {
  dossierId: string;
  /** `cookie` header of an activated device of that dossier. */
  device: string;
  code: string;
  sessionId: string;
  feedFile: string;
  /** `cookie` header of a consulent's work device, with that dossier in their caseload. */
  consulent: string;
}

export interface Route {
  method: Method;
  /** Fastify's pattern, e.g. `/api/admin/dossiers/:id`. */
  url: string;
}

export interface FuzzRequest {
  method: Method;
  url: string;
  headers: Record<string, string>;
  payload?: string | undefined;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const huge = (min: number, max: number) => fc.integer({ min, max }).map((n) => 'é'.repeat(n));

/** Text a database or a log may choke on: NUL (PostgreSQL text cannot hold it), lone surrogates, bidi overrides. */
const hostileString: fc.Arbitrary<string> = fc.constantFrom(
  '\u0000', 'a\u0000b', 'appointment.setAttendance\u0000', '\uD800', 'a\uDFFFb', '\u202Eevil', '\r\n\t\u0007', 'ﷺ', '𝕏'.repeat(70),
  '../../etc/passwd', "' OR 1=1 --", '<script>alert(1)</script>', '%00', '__proto__', 'constructor', '2026-02-30', '9999-99-99T99:99:99Z',
);

export const weirdString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }), // lone surrogates, NUL and other control characters
  { weight: 3, arbitrary: hostileString },
  huge(65, 5000),
);

/** Stands for an array nested `n` deep, spliced in after JSON.stringify (which would overflow on it). */
const deepMarker: fc.Arbitrary<string> = fc.integer({ min: 20, max: 30_000 }).map((n) => `\u0001deep:${n}`);

export function serialize(body: Json): string {
  return JSON.stringify(body).replace(/"\\u0001deep:(\d+)"/g, (_m, n: string) => '['.repeat(Number(n)) + ']'.repeat(Number(n)));
}

const weirdNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 0.5, -0, 2 ** 31, 2 ** 53, -(2 ** 53), 2 ** 64, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2),
);

/** Any JSON value, including the wrong kinds: arrays for objects, numbers for strings. */
export const anyJson: fc.Arbitrary<Json> = fc.oneof(
  { depthSize: 'small' },
  fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>,
  weirdString,
  weirdNumber,
  fc.constantFrom<Json>(null, true, false, [], {}, [[[[[[]]]]]]),
);

/** Bodies that are not a JSON value at all, or that JSON.stringify would never write. */
const rawText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', '{', '{"a":', 'null', 'undefined', 'NaN', '[1,]', '{"a":1,"a":2}', '\uFEFF{}', '{"code":"\\ud800"}'),
  fc.constantFrom('{"__proto__":{"polluted":1}}', '{"a":{"__proto__":{}}}', '{"constructor":{"prototype":{"polluted":1}}}', '[{"__proto__":[]}]'),
  fc.integer({ min: 1, max: 120_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: 40_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const BAD_VALUES = fc.oneof(
  { weight: 4, arbitrary: anyJson },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: deepMarker },
  { weight: 1, arbitrary: fc.constant<'DELETE'>('DELETE') },
);

type Path = (string | number)[];

function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

function withValueAt(value: Json, path: Path, replacement: Json | 'DELETE'): Json {
  if (path.length === 0) return replacement === 'DELETE' ? null : replacement;
  const copy = structuredClone(value) as Record<string | number, Json>;
  let node: Record<string | number, Json> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (replacement === 'DELETE') {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else Reflect.deleteProperty(node, last);
  } else node[last] = replacement;
  return copy as Json;
}

/** The template as is, or with one field (at any depth) replaced, removed or added. */
export function oneFieldBroken(template: Json): fc.Arbitrary<Json> {
  const paths = pathsOf(template);
  return fc.oneof(
    fc.constant(template),
    fc.record({ at: fc.nat({ max: paths.length - 1 }), bad: BAD_VALUES }).map(({ at, bad }) => withValueAt(template, paths[at] ?? [], bad)),
    fc.record({ key: weirdString, bad: anyJson }).map(({ key, bad }) =>
      typeof template === 'object' && template !== null && !Array.isArray(template) ? { ...template, [key]: bad } : template,
    ),
  );
}

/** A valid-looking body for the routes whose bodies we know; null: any body will do. */
export function templateFor(route: Route, context: Context): fc.Arbitrary<Json> | null {
  const clientId = fc.constantFrom('client-fuzz-0001', 'client-fuzz-0002');
  const key = `${route.method} ${route.url}`;
  if (key === 'PUT /api/admin/dossiers/:id') return fc.constant(aFullDossier({ id: context.dossierId }) as unknown as Json);
  if (key === 'PUT /api/admin/staff/:id') {
    return fc.constant({ name: 'Fatima el Amrani', role: 'begeleider', gemeente: 'rijswijk', dossiers: [context.dossierId] });
  }
  // A new id each time (201), or the existing dossier's (409).
  if (key === 'POST /api/staff/dossiers') {
    return fc.oneof(fc.nat().map((n) => `rw-fuzz-${n}`), fc.constant(context.dossierId)).map((id) => aFullDossier({ id }) as unknown as Json);
  }
  if (key === 'POST /api/activate') return fc.constantFrom({ code: context.code }, { code: 'ABCD-EFGH-JK' });
  // The phone signs itself out with no body at all; {} is accepted too (signOutRoutes.ts).
  if (key === 'POST /api/device/signout') return fc.constant({});
  if (key === 'POST /api/sync/pull') {
    return clientId.map((id) => ({ schemaVersion: SCHEMA_VERSION, clientId: id, cookie: { d: { [context.dossierId]: 1 } } }));
  }
  if (key === 'POST /api/sync/push') {
    const name = fc.oneof(fc.constantFrom('appointment.setAttendance', 'visit.addNote', 'share.revoke'), hostileString, weirdString);
    const args = fc.oneof(anyJson, deepMarker);
    return fc.record({ id: clientId, first: fc.integer({ min: 1, max: 5 }), text: weirdString, name, args }).map(({ id, first, text, name, args }) => ({
      schemaVersion: SCHEMA_VERSION,
      clientId: id,
      mutations: [
        { id: first, name: 'appointment.setAttendance', args: { appointmentId: 'a1', attendance: 'not-coming', reason: text } },
        { id: first + 1, name: 'question.ask', args: { id: '3f1c2a4e-8b7d-4c6e-9a1b-2d3e4f5a6b7c', contactRole: 'consulent-inburgering', text } },
        { id: first + 2, name: 'checklist.setStatus', args: { itemId: 'k1', status: 'done' } },
        { id: first + 3, name: 'share.create', args: { id: '0b6e1f7a-3c2d-4e5f-8a9b-1c2d3e4f5a6b', sections: ['agenda'], expiresAt: '2027-01-01T00:00:00Z' } },
        { id: first + 4, name, args },
      ],
    }) as Json);
  }
  return null;
}

/** encodeURIComponent, which throws on a lone surrogate: those become U+FFFD first. */
const encodeAny = (text: string) => encodeURIComponent(text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));

/** Path parameters: the seeded ones, well-formed unknown ones, and junk (encoded or raw). */
export function paramFor(context: Context): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(context.dossierId, context.sessionId, context.feedFile, 'rw-2025-0001', 'fatima', '00000000-0000-4000-8000-000000000000'),
    fc.stringMatching(/^[a-z0-9][a-z0-9.-]{1,70}$/),
    weirdString.map(encodeAny),
    fc.constantFrom('%', '%zz', '%C0%AF', '..%2F..%2Fetc%2Fpasswd', '%00', 'a%2Fb', '.', '..', 'x'.repeat(101), '%E2%80%AE'),
  );
}

function urlFor(route: Route, context: Context): fc.Arbitrary<string> {
  const segments = route.url.split('/').map((segment) =>
    segment.startsWith(':') ? paramFor(context) : segment === '*' ? fc.constantFrom('assets/x.js', 'agenda', 'sw.js', 'a/b/c', '%2e%2e/package.json') : fc.constant(segment),
  );
  const query = fc.oneof(fc.constant(''), fc.string({ maxLength: 30 }).map((q) => `?${encodeAny(q)}`), fc.constant('?__proto__[x]=1&a=1&a=2'));
  return fc.tuple(fc.tuple(...segments), query).map(([parts, q]) => `${parts.join('/') || '/'}${q}`);
}

const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 60 });

function headersFor(context: Context): fc.Arbitrary<Record<string, string>> {
  const authorization = fc.oneof(fc.constant(admin.authorization), fc.constant('Bearer wrong'), printable, fc.constant('Bearer ' + 'x'.repeat(5000)));
  const cookie = fc.oneof(fc.constant(context.device), fc.constant(context.consulent), printable.map((v) => `tir_session=${v}`), fc.constantFrom('tir_session=%E0%A4%A', ';;;=', 'tir_session='));
  const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/json; charset=utf-16', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/JSON');
  return fc
    .record(
      {
        authorization,
        cookie,
        'content-type': contentType,
        accept: fc.constantFrom('*/*', 'text/html', 'application/json', 'text/calendar'),
        'x-forwarded-proto': fc.constantFrom('https', 'http', 'gopher'),
      },
      { requiredKeys: [] },
    )
    .map((headers) => Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined)));
}

const OTHER_METHODS: Method[] = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

/** Requests aimed at one route: mostly its own method and a body close to the right one. */
export function requestsFor(route: Route, context: Context): fc.Arbitrary<FuzzRequest> {
  const template = templateFor(route, context);
  const body: fc.Arbitrary<string | undefined> = fc.oneof(
    { weight: template ? 6 : 2, arbitrary: (template ?? fc.constant<Json>({})).chain(oneFieldBroken).map(serialize) },
    { weight: 2, arbitrary: anyJson.map(serialize) },
    { weight: 2, arbitrary: rawText },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  return fc
    .record({
      method: fc.oneof({ weight: 9, arbitrary: fc.constant(route.method) }, { weight: 1, arbitrary: fc.constantFrom(...OTHER_METHODS) }),
      url: urlFor(route, context),
      headers: fc.tuple(headersFor(context), fc.boolean()).map(([headers, json]) => (json ? { ...headers, 'content-type': 'application/json', authorization: admin.authorization, cookie: route.url.startsWith('/api/staff/') ? context.consulent : context.device } : headers)),
      payload: body,
    })
    .map((r) => (r.payload === undefined || r.method === 'GET' || r.method === 'HEAD' ? { ...r, payload: undefined } : r));
}
