import type { ErrorBody } from '../domain/sync';
import type { WaitingPhoto } from './db';

// Sends the photos of delivered questions, one PUT each, bound to the question (issue 16; api.md
// "Question photos"). Exactly once: the server keeps the first of repeated uploads, and the phone
// deletes its copy only after the server's answer. Loaded by the sync engine only when a photo waits.

/**
 * A photo the server refuses for good: its question is not there (refused, or deleted), or the
 * bytes are not what it announced. Sending again would not change that; the question stands.
 */
const PHOTO_REFUSED = new Set([404, 413, 415, 422]);

/** Sends each photo; stops at the first that did not get through and returns why (the sync shows it). */
export async function sendPhotos(
  photos: WaitingPhoto[],
  fetchFn: typeof fetch,
  done: (questionId: string) => Promise<void>,
): Promise<{ status: number; error: ErrorBody | undefined } | null> {
  for (const photo of photos) {
    const response = await fetchFn(`/api/dossiers/${encodeURIComponent(photo.dossierId)}/questions/${encodeURIComponent(photo.questionId)}/photo`, {
      method: 'PUT',
      headers: { 'content-type': photo.type },
      credentials: 'same-origin',
      body: photo.bytes,
    });
    if (response.ok || PHOTO_REFUSED.has(response.status)) {
      await done(photo.questionId);
      continue;
    }
    const json: unknown = await response.json().catch(() => undefined);
    return { status: response.status, error: (json as { error?: ErrorBody } | undefined)?.error };
  }
  return null;
}
