import type { FastifyInstance } from 'fastify';
import type { Db } from './store';
import { purgeExpired } from './store/retention';

// Runs the retention purge (store/retention.ts) when the server is ready and then once a day.
// Every instance runs it on its own; running it in several at once is harmless, so there is no
// leader to elect. Only counts are logged, never what was deleted.

export const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface RetentionSchedule {
  /** Resolves when the run under way (if any) has finished. */
  settled(): Promise<void>;
}

export function scheduleRetention(app: FastifyInstance, db: Db, intervalMs = RETENTION_INTERVAL_MS): RetentionSchedule {
  let running: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setInterval> | undefined;

  const run = () => {
    // One run at a time per instance: a slow run is never overtaken by the next one.
    running = running
      .then(() => purgeExpired(db, new Date()))
      .then(
        (removed) => app.log.info({ retention: removed }, 'retention: removed expired records'),
        // A failed run (database away, a deadlock with another instance) is retried at the next one.
        (error: unknown) => app.log.error({ code: (error as { code?: unknown } | null)?.code }, 'retention: purge failed'),
      );
  };

  app.addHook('onReady', async () => {
    // Not awaited: the first run after a long pause may be large, and must not delay listening.
    run();
    // unref: the timer alone never keeps the process alive.
    timer = setInterval(run, intervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    // The database is closed after the app: let a run under way finish first.
    await running;
  });
  return { settled: () => running };
}
