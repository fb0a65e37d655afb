import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import webPush from 'web-push';
import { DEFAULT_GEMEENTE, GEMEENTEN, gemeenteById, type GemeenteConfig } from '../gemeenten';

// Server configuration from the environment (docs/api.md, "Environment": PORT, DATA_DIR, DATABASE_URL,
// ADMIN_TOKEN, GEMEENTE, DEMO). Read once at start-up; everything else gets a Config object.

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL when set; otherwise SQLite in `sqliteFile`. */
  databaseUrl: string | null;
  sqliteFile: string;
  adminToken: string;
  /** True when this start created the admin token, so main prints it once. */
  adminTokenGenerated: boolean;
  gemeente: string;
  demo: boolean;
  staticDir: string;
  /** Base for activation URLs; without it, the request's own origin is used. */
  publicUrl: string | null;
  /**
   * Behind a load balancer: how far to trust X-Forwarded-*, so rate limits and Secure cookies see
   * the client. false: not at all; a number: that many proxy hops; a list: only these proxy
   * addresses or CIDR ranges. Never "everything": then any client could name its own address.
   */
  trustProxy: TrustProxy;
  /** `/.well-known/security.txt` (RFC 9116): where to report a vulnerability, and until when that holds. */
  security: SecurityTxtConfig;
  /** The production logger's level (pino). */
  logLevel: LogLevel;
  /** Web Push (issue 13): the server's VAPID keys and where it may post. */
  push: PushConfig;
}

export interface PushConfig {
  /** VAPID public key, base64url (an uncompressed P-256 point), as `GET /api/push/key` gives it. */
  publicKey: string;
  privateKey: string;
  /** VAPID `sub`: a mailto: or https: URI where the push service can reach the operator. */
  subject: string;
  /** PUSH_ENDPOINT_ALLOW: origins allowed besides public https: hosts (tests and development only). */
  endpointAllow: string[];
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface SecurityTxtConfig {
  /** SECURITY_CONTACT: one or more mailto:, https: or tel: URIs. */
  contacts: string[];
  /** True only for a demo server without SECURITY_CONTACT: the file then says it is a placeholder. */
  placeholder: boolean;
  /** SECURITY_TXT_EXPIRES as ISO 8601; null: always one year from the day it is served. */
  expires: string | null;
}

export type Env = Record<string, string | undefined>;

export type TrustProxy = false | number | string[];

const ADMIN_TOKEN_FILE = 'admin-token';

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 8080;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, not "${value}"`);
  return port;
}

/** A mistyped level would make pino throw at the first request, or log nothing without saying so. */
function parseLogLevel(value: string | undefined): LogLevel {
  const level = nonEmpty(value)?.toLowerCase() ?? 'info';
  const known = LOG_LEVELS.find((l) => l === level);
  if (!known) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${value}"`);
  return known;
}

function parseGemeente(value: string | undefined): string {
  const id = nonEmpty(value)?.toLowerCase() ?? DEFAULT_GEMEENTE;
  if (!gemeenteById(id)) throw new Error(`GEMEENTE must be one of ${Object.keys(GEMEENTEN).join(', ')}, not "${value}"`);
  return id;
}

/** The configuration of the municipality this server serves. */
export function gemeenteOf(config: Pick<Config, 'gemeente'>): GemeenteConfig {
  const gemeente = gemeenteById(config.gemeente);
  if (!gemeente) throw new Error(`Unknown municipality "${config.gemeente}"`);
  return gemeente;
}

function parsePublicUrl(value: string | undefined): string | null {
  const raw = nonEmpty(value);
  if (!raw) return null;
  const url = new URL(raw); // throws on a malformed URL: better at start-up than in an activation link
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('PUBLIC_URL must be http(s)');
  return raw.replace(/\/+$/, '');
}

/**
 * The admin token from ADMIN_TOKEN, else from DATA_DIR/admin-token, else a new random one that is
 * stored there (mode 0600) so later starts reuse it and the operator is shown it only once.
 */
function resolveAdminToken(env: Env, dataDir: string): { token: string; generated: boolean } {
  const fromEnv = nonEmpty(env.ADMIN_TOKEN);
  if (fromEnv) {
    // Guessing is limited per address, not across a botnet: the token itself must be out of reach.
    if (fromEnv.length < MIN_ADMIN_TOKEN_LENGTH) {
      throw new Error(`ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters (e.g. openssl rand -base64 32)`);
    }
    return { token: fromEnv, generated: false };
  }
  const file = path.join(dataDir, ADMIN_TOKEN_FILE);
  if (existsSync(file)) {
    // Owner-only also when the file was made or copied by hand with a looser mode.
    chmodSync(file, 0o600);
    const stored = readFileSync(file, 'utf8').trim();
    if (stored) return { token: stored, generated: false };
  }
  const token = randomBytes(32).toString('base64url');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return { token, generated: true };
}

const VAPID_FILE = 'vapid-keys.json';

/**
 * VAPID keys from VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY, else from DATA_DIR/vapid-keys.json, else new
 * ones stored there (mode 0600), as the admin token. Several instances must share one pair (set the
 * variables): a browser's subscription is bound to the public key it was made with.
 */
function resolveVapidKeys(env: Env, dataDir: string): { publicKey: string; privateKey: string } {
  const publicKey = nonEmpty(env.VAPID_PUBLIC_KEY);
  const privateKey = nonEmpty(env.VAPID_PRIVATE_KEY);
  if (publicKey || privateKey) {
    if (!publicKey || !privateKey) throw new Error('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together');
    if (Buffer.from(publicKey, 'base64url').length !== 65 || Buffer.from(privateKey, 'base64url').length !== 32) {
      throw new Error('VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY must be a P-256 key pair in base64url (npx web-push generate-vapid-keys)');
    }
    return { publicKey, privateKey };
  }
  const file = path.join(dataDir, VAPID_FILE);
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { publicKey?: unknown; privateKey?: unknown };
    if (typeof stored.publicKey === 'string' && typeof stored.privateKey === 'string') {
      return { publicKey: stored.publicKey, privateKey: stored.privateKey };
    }
  }
  const keys = webPush.generateVAPIDKeys();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(keys)}\n`, { mode: 0o600 });
  return keys;
}

function parseOrigins(value: string | undefined): string[] {
  const raw = nonEmpty(value);
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const url = new URL(entry.trim()); // throws on a malformed origin: better at start-up
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`PUSH_ENDPOINT_ALLOW must list http(s) origins, not "${entry}"`);
    return url.origin;
  });
}

function parsePush(env: Env, dataDir: string, security: SecurityTxtConfig, publicUrl: string | null): PushConfig {
  const keys = resolveVapidKeys(env, dataDir);
  const fallback = security.contacts.find((c) => /^(mailto|https):/i.test(c)) ?? (publicUrl?.startsWith('https:') ? publicUrl : null);
  const subject = nonEmpty(env.VAPID_SUBJECT) ?? fallback ?? 'mailto:security@example.invalid';
  if (!/^(mailto:|https:\/\/)/i.test(subject)) throw new Error(`VAPID_SUBJECT must be a mailto: or https: URI, not "${subject}"`);
  return { ...keys, subject, endpointAllow: parseOrigins(env.PUSH_ENDPOINT_ALLOW) };
}

/** 32 characters: at least ~190 bits for a random base64 token. */
export const MIN_ADMIN_TOKEN_LENGTH = 32;

/** proxy-addr's names for address ranges, allowed beside addresses and CIDRs. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d+$/.test(bits) && prefix <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: `0` (default) or a number of proxy hops (`1` for one load balancer, as before), or
 * a comma-separated list of the proxies' addresses or CIDR ranges. `true` or `*` would let every
 * client write its own address into X-Forwarded-For and escape every per-address limit (or get
 * another address, a case system's, locked out): refused at start.
 */
function parseTrustProxy(value: string | undefined): TrustProxy {
  const raw = nonEmpty(value);
  if (!raw || raw === '0') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw.split(',').map((e) => e.trim()).filter(Boolean);
  const bad = entries.find((e) => !isAddressOrRange(e));
  if (bad !== undefined || entries.length === 0) {
    throw new Error(
      `TRUST_PROXY must be a number of proxy hops (e.g. 1) or a comma-separated list of proxy addresses or CIDR ranges, not "${raw}"` +
        (/^(true|yes|\*|all)$/i.test(raw) ? ': trusting every proxy would let any client choose its own address' : ''),
    );
  }
  return entries;
}

/**
 * Fastify's `trustProxy` for a TrustProxy. A hop count is a function, as in Express: Fastify reads a
 * plain number as "trust nothing". Hop 0 is the peer that connected; with one hop the client is the
 * address that proxy put last into X-Forwarded-For. A hop count trusts whatever connects, so the
 * instances must be reachable only through the proxy; a list of proxy addresses does not need that.
 */
export function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false) return false;
  if (typeof trust === 'number') return (_address: string, hop: number) => hop < trust;
  return trust;
}

const DAY_MS = 86_400_000;
const CONTACT_URI = /^(mailto:[^\s@,]+@[^\s@,]+\.[^\s@,]+|https:\/\/[^\s,]+|tel:\+?[0-9-]+)$/i;

/**
 * A security.txt that points nowhere is worse than none, so a production server will not start
 * without SECURITY_CONTACT; only a demo (DEMO=1) falls back to a placeholder that says it is one.
 */
function parseSecurityTxt(env: Env, demo: boolean, now = Date.now()): SecurityTxtConfig {
  const raw = nonEmpty(env.SECURITY_CONTACT);
  const contacts = raw ? raw.split(',').map((c) => c.trim()).filter(Boolean) : [];
  for (const contact of contacts) {
    if (!CONTACT_URI.test(contact)) throw new Error(`SECURITY_CONTACT must be mailto:, https: or tel: URIs, not "${contact}"`);
  }
  if (contacts.length === 0 && !demo) {
    throw new Error('SECURITY_CONTACT is required (e.g. mailto:security@gemeente.nl): it goes into /.well-known/security.txt');
  }
  const expiresRaw = nonEmpty(env.SECURITY_TXT_EXPIRES);
  let expires: string | null = null;
  if (expiresRaw) {
    const at = Date.parse(expiresRaw);
    // RFC 9116 §2.5.5: less than a year ahead, so a forgotten file goes stale rather than lying on.
    if (Number.isNaN(at) || at <= now || at > now + 366 * DAY_MS) {
      throw new Error(`SECURITY_TXT_EXPIRES must be a date within the coming year, not "${expiresRaw}"`);
    }
    expires = new Date(at).toISOString();
  }
  return contacts.length > 0
    ? { contacts, placeholder: false, expires }
    : { contacts: ['mailto:security@example.invalid'], placeholder: true, expires };
}

export function loadConfig(env: Env = process.env): Config {
  const dataDir = path.resolve(nonEmpty(env.DATA_DIR) ?? './data');
  const admin = resolveAdminToken(env, dataDir);
  const security = parseSecurityTxt(env, env.DEMO === '1');
  const publicUrl = parsePublicUrl(env.PUBLIC_URL);
  return {
    port: parsePort(env.PORT),
    host: nonEmpty(env.HOST) ?? '0.0.0.0',
    dataDir,
    databaseUrl: nonEmpty(env.DATABASE_URL),
    sqliteFile: path.join(dataDir, 'thuis.sqlite'),
    adminToken: admin.token,
    adminTokenGenerated: admin.generated,
    gemeente: parseGemeente(env.GEMEENTE),
    demo: env.DEMO === '1',
    staticDir: path.resolve(nonEmpty(env.STATIC_DIR) ?? './dist'),
    publicUrl,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    security,
    logLevel: parseLogLevel(env.LOG_LEVEL),
    push: parsePush(env, dataDir, security, publicUrl),
  };
}
