import { beforeEach, describe, expect, it } from 'vitest';
import { aDossier } from '../../tests/support/builders';
import { FakeSyncServer } from '../../tests/support/fakeSyncServer';
import { kilobytes, PHOTO_MAX_BYTES, PHOTO_MAX_SIDE, resizedSize } from '../domain/questionPhoto';
import { openDb, type AppDb } from './db';
import { mutate, resetDevice } from './local';
import { SyncEngine } from './sync';

// Issue 16: a photo with a question waits on the phone beside the outbox and is sent apart, once,
// after its question was delivered (api.md "Question photos").

const DOSSIER = 'rw-test-0001';
let dbCounter = 0;

describe('a question’s photo on the phone', () => {
  let db: AppDb;
  let server: FakeSyncServer;
  let engine: SyncEngine;
  /** The photo uploads the phone made, and what the server answers them. */
  let uploads: { path: string; type: string | null; size: number }[];
  let answer: number | 'network';

  beforeEach(async () => {
    db = openDb(`photo-test-${++dbCounter}`);
    await resetDevice(db, DOSSIER);
    server = new FakeSyncServer(DOSSIER);
    server.load(aDossier({ id: DOSSIER }));
    uploads = [];
    answer = 204;
    const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const path = String(input);
      if (!path.endsWith('/photo')) return server.fetch(input, init);
      if (answer === 'network') throw new TypeError('Failed to fetch');
      const body = init?.body as ArrayBuffer;
      uploads.push({ path, type: new Headers(init?.headers).get('content-type'), size: body.byteLength });
      return new Response(null, { status: answer });
    };
    engine = new SyncEngine(db, fetchFn);
    await engine.sync();
  });

  async function ask(id: string, bytes: ArrayBuffer) {
    await db.photos.put({ questionId: id, dossierId: DOSSIER, type: 'image/jpeg', bytes });
    await mutate(db, 'question.ask', { id, contactRole: 'maatschappelijk-begeleider', text: 'Brief', ready: 'letter', photo: { type: 'image/jpeg', bytes: bytes.byteLength } });
  }

  const ID = '3f2b8c1e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';
  const jpeg = () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).buffer;

  it('waits offline with its question, then is sent once, after the question, and leaves the phone', async () => {
    server.failWith = 'network';
    await ask(ID, jpeg());
    expect(await engine.sync()).toBe('offline');
    expect(uploads).toEqual([]);
    expect(await db.photos.count()).toBe(1);

    server.failWith = null;
    expect(await engine.sync()).toBe('synced');
    expect(server.applied).toEqual([expect.objectContaining({ name: 'question.ask', status: 'applied' })]);
    expect(uploads).toEqual([{ path: `/api/dossiers/${DOSSIER}/questions/${ID}/photo`, type: 'image/jpeg', size: 7 }]);
    expect(await db.photos.count()).toBe(0);
    expect(await engine.sync()).toBe('synced');
    expect(uploads).toHaveLength(1);
  });

  it('keeps the photo when its upload does not get through, and sends it at the next sync', async () => {
    await ask(ID, jpeg());
    answer = 'network';
    expect(await engine.sync()).toBe('offline');
    expect(await db.photos.count()).toBe(1);
    answer = 503;
    expect(await engine.sync()).toBe('error');
    expect(await db.photos.count()).toBe(1);
    answer = 204;
    expect(await engine.sync()).toBe('synced');
    expect(await db.photos.count()).toBe(0);
  });

  it('lets go of a photo the server refuses for good (its question refused or gone); the question stands', async () => {
    await ask(ID, jpeg());
    answer = 404;
    expect(await engine.sync()).toBe('synced');
    expect(await db.photos.count()).toBe(0);
    expect(await db.questions.count()).toBe(1);
  });
});

describe('the size of a photo', () => {
  it('makes the longest side at most 1280 px, keeps the proportions, never enlarges', () => {
    expect(PHOTO_MAX_SIDE).toBe(1280);
    expect(resizedSize(4032, 3024)).toEqual({ width: 1280, height: 960 });
    expect(resizedSize(3024, 4032)).toEqual({ width: 960, height: 1280 });
    expect(resizedSize(800, 600)).toEqual({ width: 800, height: 600 });
    expect(resizedSize(10_000, 3)).toEqual({ width: 1280, height: 1 });
  });

  it('tells the size in whole kilobytes, rounded up, and allows at most 600 KiB', () => {
    expect(kilobytes(1)).toBe(1);
    expect(kilobytes(1024)).toBe(1);
    expect(kilobytes(1025)).toBe(2);
    expect(PHOTO_MAX_BYTES).toBe(600 * 1024);
  });
});
