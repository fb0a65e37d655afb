import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FeedbackSender, openFeedbackDb, type FeedbackDb } from './feedback';

// The feedback queue (issue 16, item 5): kept in IndexedDB until sent, sent without cookies,
// retried with a growing pause, each piece with its own id so the server stores it once.

let counter = 0;
let db: FeedbackDb;

interface Call {
  url: string;
  init: RequestInit;
}

/** A fake server: answers with the statuses given, in turn (an Error is a network failure); records every request. */
function fakeFetch(...answers: (number | Error)[]) {
  const calls: Call[] = [];
  const fetchFn = vi.fn((url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const answer = answers.length > 1 ? answers.shift() : answers[0];
    if (answer instanceof Error || answer === undefined) return Promise.reject(answer ?? new TypeError('Failed to fetch'));
    return Promise.resolve(new Response(null, { status: answer }));
  });
  return { fetchFn: fetchFn as unknown as typeof fetch, calls };
}

const ids = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-00000000000${++n}`;
};

beforeEach(() => {
  db = openFeedbackDb(`feedback-test-${++counter}`);
});

afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe('the feedback queue', () => {
  it('sends a piece at once, without cookies, with only page, language, choice, text and its id, and forgets it', async () => {
    const { fetchFn, calls } = fakeFetch(204);
    const sender = new FeedbackSender(db, { fetchFn, newId: ids() });
    await sender.give({ page: 'geld', language: 'ar', choice: 'wrong-language', text: '  Dit woord is fout ' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/feedback');
    expect(calls[0]?.init.credentials).toBe('omit');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
      clientId: '00000000-0000-4000-8000-000000000001',
      page: 'geld',
      language: 'ar',
      choice: 'wrong-language',
      text: 'Dit woord is fout',
    });
    expect(await db.queue.count()).toBe(0);
  });

  it('keeps a piece offline, also for a new sender after a reload, and sends it once when online', async () => {
    const offline = fakeFetch(new TypeError('Failed to fetch'));
    const first = new FeedbackSender(db, { fetchFn: offline.fetchFn, newId: ids(), minDelayMs: 60_000 });
    await first.give({ page: 'nood', language: 'ti', choice: 'helped', text: '   ' });
    first.stop();
    expect(await db.queue.count()).toBe(1);

    // "Reload": a new sender over the same database.
    const online = fakeFetch(204);
    const second = new FeedbackSender(openFeedbackDb(db.name), { fetchFn: online.fetchFn });
    await second.flush();
    await second.flush();
    expect(online.calls).toHaveLength(1);
    expect(JSON.parse(String(online.calls[0]?.init.body))).toEqual({ clientId: '00000000-0000-4000-8000-000000000001', page: 'nood', language: 'ti', choice: 'helped' });
    expect(await db.queue.count()).toBe(0);
  });

  it('tries again after a growing pause on 5xx and 429', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { fetchFn, calls } = fakeFetch(503, 429, 204);
    const sender = new FeedbackSender(db, { fetchFn, newId: ids(), minDelayMs: 1000, maxDelayMs: 3000 });
    await sender.give({ page: 'taal', language: 'uk', choice: 'not-helped' });
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2); // 429: the next pause is twice as long
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
    await vi.waitFor(async () => expect(await db.queue.count()).toBe(0));
    sender.stop();
  });

  it('sends at once when the phone comes online, without waiting for the pause', async () => {
    const { fetchFn, calls } = fakeFetch(new TypeError('offline'), 204);
    const sender = new FeedbackSender(db, { fetchFn, newId: ids(), minDelayMs: 60_000 });
    sender.start();
    await sender.give({ page: 'index', language: 'fa', choice: 'helped' });
    expect(await db.queue.count()).toBe(1);
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(async () => expect(await db.queue.count()).toBe(0));
    expect(calls.filter((c) => c.url === '/api/feedback')).toHaveLength(2);
    sender.stop();
  });

  it('drops a piece the server refuses for good (400), and keeps the order of the others', async () => {
    const { fetchFn, calls } = fakeFetch(new TypeError('offline'));
    const sender = new FeedbackSender(db, { fetchFn, newId: ids(), minDelayMs: 60_000 });
    await sender.give({ page: 'werk', language: 'so', choice: 'helped' });
    await sender.give({ page: 'werk', language: 'so', choice: 'not-helped' });
    sender.stop();
    const later = fakeFetch(400, 204);
    const again = new FeedbackSender(db, { fetchFn: later.fetchFn });
    await again.flush();
    expect(later.calls.map((c) => (JSON.parse(String(c.init.body)) as { choice: string }).choice)).toEqual(['helped', 'not-helped']);
    expect(await db.queue.count()).toBe(0);
    expect(calls).toHaveLength(2);
  });

  it('sends at once when the phone cannot keep it (no IndexedDB), and says so when it cannot send either', async () => {
    db.close();
    const online = fakeFetch(204);
    await new FeedbackSender(db, { fetchFn: online.fetchFn, newId: ids() }).give({ page: 'school', language: 'ru', choice: 'helped' });
    expect(online.calls).toHaveLength(1);
    const offline = fakeFetch(new TypeError('offline'));
    await expect(new FeedbackSender(db, { fetchFn: offline.fetchFn, newId: ids() }).give({ page: 'school', language: 'ru', choice: 'helped' })).rejects.toThrow();
    await db.open();
  });
});
