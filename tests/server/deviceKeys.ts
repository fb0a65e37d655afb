import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { formatProof, PROOF_HEADER, proofMessage } from '../../src/domain/deviceProof';

// A staff device's key as the tests hold it (src/domain/deviceProof.ts): made with node:crypto,
// signing what the app's WebCrypto signs. Staff devices made by devices.ts `staffDevice` register
// one, and every request the tests send with their cookie is proven with it.

export class DeviceKey {
  readonly publicKey: string;
  private readonly privateKey: KeyObject;

  constructor() {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64url');
  }

  /** The proof header for this request; `at` lets a test send a stale or future one. */
  proof(method: string, url: string, body: string, at = Date.now()): string {
    const hash = createHash('sha256').update(body, 'utf8').digest('hex');
    const signature = sign('sha256', Buffer.from(proofMessage(method, url, at, hash), 'utf8'), { key: this.privateKey, dsaEncoding: 'ieee-p1363' });
    return formatProof(at, signature.toString('base64url'));
  }
}

/** The key of each staff device's cookie header. */
const keysByCookie = new Map<string, DeviceKey>();

export function registerDeviceKey(app: FastifyInstance, cookie: string | undefined, key: DeviceKey): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'PUT', url: '/api/staff/device-key', headers: cookie ? { cookie } : {}, payload: { publicKey: key.publicKey } });
}

/** Registers a new key for this staff cookie; from then on deviceInject proves its requests. */
export async function giveDeviceKey(app: FastifyInstance, cookie: string): Promise<DeviceKey> {
  const key = new DeviceKey();
  const response = await registerDeviceKey(app, cookie, key);
  expect(response.statusCode, response.body).toBe(204);
  keysByCookie.set(cookie, key);
  return key;
}

/**
 * A device's request: the body sent as the exact JSON text that is signed, with the proof header
 * when the cookie belongs to a staff device with a key.
 */
export function deviceInject(
  app: FastifyInstance,
  cookie: string | undefined,
  { method, url, body, raw, headers: extra = {} }: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; body?: unknown; raw?: string; headers?: Record<string, string> },
): Promise<LightMyRequestResponse> {
  const payload = raw ?? (body === undefined ? undefined : JSON.stringify(body));
  const key = cookie ? keysByCookie.get(cookie) : undefined;
  const headers: Record<string, string> = {
    ...(cookie ? { cookie } : {}),
    ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
    ...(key ? { [PROOF_HEADER]: key.proof(method, url, payload ?? '') } : {}),
    ...extra,
  };
  const options: InjectOptions = { method, url, headers, ...(payload === undefined ? {} : { payload }) };
  return app.inject(options);
}
