import { randomUUID } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { FastifyBaseLogger } from 'fastify';
import webPush from 'web-push';
import { PUSH_KINDS, type PushKind, type PushPayload } from '../../domain/webPush';
import type { PushConfig } from '../config';
import { sessionExpired } from '../http/sessionLifetime';
import type { Db } from '../store';
import { deleteSubscriptionByEndpoint, pushPathOf, recipientsOf, type PushAudience, type Recipient } from '../store/pushSubscriptions';
import { checkEndpoint, guardedLookup } from './endpointGuard';
import { queueTermEndReminders } from './termEnd';

// Sends what the push_event queue holds (db/pushMigration.ts), once across instances: every
// instance polls the queue each POLL_MS (and at once after a request of its own that changed
// something), and claims a row with an UPDATE … WHERE claimed_by IS NULL, which exactly one
// instance wins on PostgreSQL and SQLite alike. The claimer sends and deletes the row. A claim
// older than STALE_CLAIM_MS (its instance died mid-send) is freed again: at least once, then.

const POLL_MS = 1000;
const STALE_CLAIM_MS = 5 * 60_000;
const BATCH = 50;
const SEND_TIMEOUT_MS = 10_000;
/** The term's end is checked hourly; push_once makes a second check (or instance) a no-op. */
const TERM_CHECK_MS = 60 * 60_000;
/** A notification older than a day is stale: the phone will have synced by then. */
const TTL_SECONDS = 24 * 60 * 60;

export interface SendResult {
  status: number;
}

/** Posts one encrypted message (RFC 8291 aes128gcm, VAPID RFC 8292) to a checked endpoint. */
export async function sendWebPush(config: PushConfig, recipient: Pick<Recipient, 'endpoint' | 'p256dh' | 'auth'>, payload: PushPayload): Promise<SendResult> {
  const verdict = checkEndpoint(recipient.endpoint, config.endpointAllow);
  if (!verdict.ok) throw Object.assign(new Error(`push endpoint refused: ${verdict.reason}`), { code: 'EPUSHREFUSED' });
  const details = webPush.generateRequestDetails(
    { endpoint: recipient.endpoint, keys: { p256dh: recipient.p256dh, auth: recipient.auth } },
    JSON.stringify(payload),
    {
      vapidDetails: { subject: config.subject, publicKey: config.publicKey, privateKey: config.privateKey },
      TTL: TTL_SECONDS,
      contentEncoding: 'aes128gcm',
      urgency: 'normal',
    },
  );
  const { url } = verdict;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: details.headers as Record<string, string>,
        timeout: SEND_TIMEOUT_MS,
        // The address connected to is the one checked (endpointGuard.ts); an allow-listed origin skips the check.
        ...(verdict.allowListed ? {} : { lookup: guardedLookup }),
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0 }));
      },
    );
    request.on('timeout', () => request.destroy(new Error('push endpoint timed out')));
    request.on('error', reject);
    request.end(details.body ?? undefined);
  });
}

export interface PushDispatcherOptions {
  db: Db;
  config: PushConfig;
  log: FastifyBaseLogger;
  /** Tests start it by hand; the server starts it with the app. */
  pollMs?: number;
  termCheckMs?: number;
}

const isKind = (kind: string): kind is PushKind => (PUSH_KINDS as readonly string[]).includes(kind);

export class PushDispatcher {
  readonly instanceId = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private termTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private lastStaleCheck = 0;

  constructor(private readonly options: PushDispatcherOptions) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.options.pollMs ?? POLL_MS);
    this.timer.unref();
    const checkTerms = () => {
      queueTermEndReminders(this.options.db)
        .then(() => this.kick())
        .catch((error: unknown) => this.options.log.error({ err: error }, 'term-end reminders failed'));
    };
    this.termTimer = setInterval(checkTerms, this.options.termCheckMs ?? TERM_CHECK_MS);
    this.termTimer.unref();
    checkTerms();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearInterval(this.termTimer);
    await this.running;
  }

  /** Drains the queue soon; a kick while a drain runs makes it go round once more. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.options.log.error({ err: error }, 'push queue failed'))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Claims and sends what is queued; resolves when this round is done. */
  async drain(): Promise<void> {
    const { db } = this.options;
    const now = Date.now();
    if (now - this.lastStaleCheck > STALE_CLAIM_MS / 5) {
      this.lastStaleCheck = now;
      await db
        .updateTable('push_event')
        .set({ claimed_by: null, claimed_at: null })
        .where('claimed_at', '<', new Date(now - STALE_CLAIM_MS).toISOString())
        .execute();
    }
    const waiting = await db.selectFrom('push_event').selectAll().where('claimed_by', 'is', null).orderBy('created_at').limit(BATCH).execute();
    for (const event of waiting) {
      const claim = await db
        .updateTable('push_event')
        .set({ claimed_by: this.instanceId, claimed_at: new Date().toISOString() })
        .where('id', '=', event.id)
        .where('claimed_by', 'is', null)
        .executeTakeFirst();
      if (Number(claim.numUpdatedRows) !== 1) continue; // another instance has it
      try {
        if (isKind(event.kind)) await this.deliver(event.dossier_id, event.audience as PushAudience, event.kind);
      } finally {
        await db.deleteFrom('push_event').where('id', '=', event.id).execute();
      }
    }
  }

  private async deliver(dossierId: string, audience: PushAudience, kind: PushKind): Promise<void> {
    const { db, config, log } = this.options;
    const payload: PushPayload = { kind, path: pushPathOf(kind) };
    const recipients = (await recipientsOf(db, dossierId, audience, kind)).filter((r) => !sessionExpired(r.session.lastSeenAt, r.session.kind));
    await Promise.all(
      recipients.map(async (recipient) => {
        try {
          const { status } = await sendWebPush(config, recipient, payload);
          // The push service says this subscription is gone (RFC 8030 §7.3): it ends here too.
          if (status === 404 || status === 410) await deleteSubscriptionByEndpoint(db, recipient.endpoint);
          else if (status < 200 || status >= 300) log.warn({ status, kind }, 'push service refused a notification');
        } catch (error) {
          const code = (error as { code?: string }).code;
          // A refused endpoint can never be sent to: the subscription goes.
          if (code === 'EPUSHREFUSED' || code === 'EPUSHPRIVATE') await deleteSubscriptionByEndpoint(db, recipient.endpoint);
          log.warn({ code, kind }, 'push notification not delivered');
        }
      }),
    );
  }
}
