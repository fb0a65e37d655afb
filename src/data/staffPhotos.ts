import { loadStaffDevice } from './device';

// A question's photo on the staff device it is addressed to (issue 16; api.md "Question photos"):
// fetched only when the staff member asks for it, signed with the device key like every staff
// request, and never stored on the device (it stays in memory as a blob while it is shown).

export type PhotoFetchProblem = 'offline' | 'gone';

export class PhotoFetchError extends Error {
  constructor(readonly problem: PhotoFetchProblem) {
    super(`Photo not shown: ${problem}`);
  }
}

/** The photo as a blob; throws PhotoFetchError ('offline', or 'gone': removed, or not for you). */
export async function fetchQuestionPhoto(dossierId: string, questionId: string): Promise<Blob> {
  const path = `/api/dossiers/${encodeURIComponent(dossierId)}/questions/${encodeURIComponent(questionId)}/photo`;
  let response: Response;
  try {
    const { staffStore } = await loadStaffDevice();
    const proof = await staffStore.headersFor('GET', path, '');
    response = await fetch(path, { method: 'GET', credentials: 'same-origin', headers: proof });
  } catch {
    throw new PhotoFetchError('offline');
  }
  if (response.ok) {
    const blob = await response.blob();
    // Shown only as an image, whatever came (the server checked the bytes too).
    if (blob.type === 'image/jpeg' || blob.type === 'image/png') return blob;
    throw new PhotoFetchError('gone');
  }
  if (response.status >= 502 && response.status <= 504) throw new PhotoFetchError('offline');
  throw new PhotoFetchError('gone');
}
