import { pushKeyResponseSchema } from '../domain/webPush';
import { loadStaffDevice } from './device';
import { db, syncEngine } from './instance';
import { getSession } from './local';

// Notifications (issue 13, items 4 and 5). Opt-in only: the browser's permission prompt appears
// only when the person presses the switch (Deze telefoon, or the offer after activation), never on
// load. With a subscription the sync engine stops polling every minute (sync.ts), and a push makes
// the service worker tell open tabs to sync (public/push-sw.js: message `thuis-push`).

export type NotificationState = 'unsupported' | 'blocked' | 'off' | 'on';
export type TurnOnOutcome = 'on' | 'blocked' | 'failed';

/** The small database the service worker reads the app's language from (push-sw.js). */
const SW_DB = 'thuis-push';

export function pushSupported(): boolean {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (!pushSupported()) return null;
  // `ready` never settles without a service worker (the dev server): do not wait for it forever.
  return Promise.race([navigator.serviceWorker.ready, new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000))]);
}

async function currentSubscription(): Promise<PushSubscription | null> {
  return (await registration())?.pushManager.getSubscription() ?? null;
}

export async function notificationState(): Promise<NotificationState> {
  if (!pushSupported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  return Notification.permission === 'granted' && (await currentSubscription()) ? 'on' : 'off';
}

/** A request to /api/push/*, with the device proof on a staff device (as every staff request). */
async function pushRequest(method: 'PUT' | 'DELETE', body?: unknown): Promise<Response> {
  const path = '/api/push/subscription';
  const text = body === undefined ? undefined : JSON.stringify(body);
  const proof = (await getSession(db))?.kind === 'staff' ? await (await loadStaffDevice()).staffStore.headersFor(method, path, text ?? '') : {};
  return fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { ...proof, ...(text === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(text === undefined ? {} : { body: text }),
  });
}

/** Stores the app's language where the service worker can read it: a notification comes in that language. */
export function rememberLanguageForNotifications(language: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const open = indexedDB.open(SW_DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    open.onerror = () => resolve();
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').put(language, 'language');
      tx.oncomplete = tx.onerror = () => {
        open.result.close();
        resolve();
      };
    };
  });
}

/** Asks the browser's permission, subscribes with the server's key and gives the server the subscription. */
export async function turnOnNotifications(language: string): Promise<TurnOnOutcome> {
  const reg = await registration();
  if (!reg) return 'failed';
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return permission === 'denied' ? 'blocked' : 'failed';
  let subscription: PushSubscription | null = null;
  try {
    const key = pushKeyResponseSchema.parse(await (await fetch('/api/push/key')).json()).publicKey;
    subscription = (await reg.pushManager.getSubscription()) ?? (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }));
    await rememberLanguageForNotifications(language);
    // On a staff device this throws while the vault is locked (no proof): nothing unsigned is sent.
    const response = await pushRequest('PUT', subscription.toJSON());
    if (!response.ok) throw new Error(`push subscription refused: ${response.status}`);
    syncEngine.setNotifications(true);
    return 'on';
  } catch {
    // A browser subscription the server does not know would show the switch as on: end it too.
    await subscription?.unsubscribe().catch(() => false);
    return 'failed';
  }
}

/** Ends notifications on this phone: the browser's subscription and the server's copy. */
export async function turnOffNotifications(): Promise<void> {
  syncEngine.setNotifications(false);
  const subscription = await currentSubscription();
  await subscription?.unsubscribe().catch(() => false);
  await pushRequest('DELETE').catch(() => undefined);
}

/**
 * "Remove my data": the browser's subscription goes at once. The server's copy goes with the
 * session (the sign-out ends it), so no request is needed here when offline.
 */
export async function forgetNotifications(): Promise<void> {
  syncEngine.setNotifications(false);
  await (await currentSubscription())?.unsubscribe().catch(() => false);
}

/** At start: a push makes this tab sync, and an existing subscription lengthens the idle interval. */
export function startNotifications(language: string): void {
  if (!pushSupported()) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
    if ((event.data as { type?: unknown } | null)?.type === 'thuis-push') void syncEngine.sync();
  });
  void notificationState().then((state) => {
    if (state !== 'on') return;
    syncEngine.setNotifications(true);
    void rememberLanguageForNotifications(language);
  });
}
