import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { activateResponseSchema, SCHEMA_VERSION, type ActivateResponse, type MutationResult, type PatchOp, type PullResponse } from '../../src/domain/sync';
import type { StaffBody } from '../../src/domain/adminApi';
import { giveDeviceKey } from './deviceKeys';
import { admin, activateDevice, pull, pullRaw, push, pushRaw } from './harness';

// A device as the tests drive it: its session cookie, its own clientId and mutation numbering,
// and the sync cookie of its last pull. Reads like what a phone does.

export class TestDevice {
  readonly clientId = `client-${randomUUID()}`;
  private nextId = 1;
  syncCookie: unknown = null;

  constructor(
    readonly app: FastifyInstance,
    readonly cookie: string,
    readonly activation?: ActivateResponse,
  ) {}

  /** Sends one mutation and returns its result. */
  async send(name: string, args: unknown): Promise<MutationResult> {
    const { results } = await push(this.app, this.cookie, [{ id: this.nextId++, name, args }], this.clientId);
    expect(results).toHaveLength(1);
    return results[0] as MutationResult;
  }

  /** Pulls from its last cookie on (or from scratch) and keeps the new cookie. */
  async pull(fromScratch = false): Promise<PullResponse> {
    const response = await pull(this.app, this.cookie, fromScratch ? null : this.syncCookie, this.clientId);
    this.syncCookie = response.cookie;
    return response;
  }

  pullRaw(): Promise<LightMyRequestResponse> {
    return pullRaw(this.app, this.cookie, { schemaVersion: SCHEMA_VERSION, clientId: this.clientId, cookie: this.syncCookie });
  }

  pushRaw(): Promise<LightMyRequestResponse> {
    return pushRaw(this.app, this.cookie, { schemaVersion: SCHEMA_VERSION, clientId: this.clientId, mutations: [] });
  }
}

export const puts = (patch: PatchOp[], table?: string) =>
  patch.filter((op): op is Extract<PatchOp, { op: 'put' }> => op.op === 'put' && (!table || op.table === table));

export const tablesIn = (patch: PatchOp[]) => [...new Set(puts(patch).map((op) => op.table))].sort();

export async function inburgeraarDevice(app: FastifyInstance, dossierId: string): Promise<TestDevice> {
  return new TestDevice(app, await activateDevice(app, dossierId));
}

/** Activates a new device with a code; fails the test unless that works. */
export async function activateWith(app: FastifyInstance, code: string): Promise<TestDevice> {
  const response = await app.inject({ method: 'POST', url: '/api/activate', payload: { code } });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'tir_session');
  if (!cookie) throw new Error('no session cookie set');
  return new TestDevice(app, `tir_session=${cookie.value}`, activateResponseSchema.parse(response.json()));
}

export function putStaff(app: FastifyInstance, id: string, body: StaffBody | object): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'PUT', url: `/api/admin/staff/${id}`, headers: admin, payload: body });
}

/** Stores the staff member and activates a device for them, without a device key yet. */
export async function staffDeviceWithoutKey(app: FastifyInstance, id: string, body: StaffBody): Promise<TestDevice> {
  const stored = await putStaff(app, id, body);
  expect(stored.statusCode, stored.body).toBeLessThan(300);
  const response = await app.inject({ method: 'POST', url: `/api/admin/staff/${id}/activation-codes`, headers: admin });
  expect(response.statusCode, response.body).toBe(201);
  return activateWith(app, response.json<{ code: string }>().code);
}

/** Stores the staff member and activates a device for them that has set up its key, as the app does. */
export async function staffDevice(app: FastifyInstance, id: string, body: StaffBody): Promise<TestDevice> {
  const device = await staffDeviceWithoutKey(app, id, body);
  await giveDeviceKey(app, device.cookie);
  return device;
}

/** The inburgeraar shares; the code arrives in the share row of their next pull. */
export async function share(owner: TestDevice, args: { id: string }): Promise<string> {
  expect(await owner.send('share.create', args)).toEqual(expect.objectContaining({ status: 'applied' }));
  const row = puts((await owner.pull()).patch, 'shares').find((op) => op.value.id === args.id);
  const code = row?.value.code;
  if (typeof code !== 'string') throw new Error('the share row carries no code');
  return code;
}
