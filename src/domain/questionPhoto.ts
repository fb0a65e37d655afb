import { z } from './zod';

// A photo of a letter with a question (issue 16). The phone resizes it (at most PHOTO_MAX_SIDE
// pixels, JPEG) before it waits in the outbox; the server cannot re-encode, so it trusts nothing:
// it checks the first bytes and the size, and serves it only as an image that cannot run anything.

export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** The longest side after resizing on the phone. */
export const PHOTO_MAX_SIDE = 1280;
/** JPEG quality of the resized photo. */
export const PHOTO_QUALITY = 0.7;
/** The most a photo may weigh, on the phone and on the server. */
export const PHOTO_MAX_BYTES = 600 * 1024;

/** `question.ask` `photo`: that a photo comes with the question, of which type and size. */
export const photoDescriptorSchema = z.strictObject({
  type: z.enum(PHOTO_TYPES),
  bytes: z.number().int().min(1).max(PHOTO_MAX_BYTES),
});
export type PhotoDescriptor = z.infer<typeof photoDescriptorSchema>;

const MAGIC: Record<PhotoType, number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** The image type its first bytes say it is, or null for anything else. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  for (const type of PHOTO_TYPES) if (MAGIC[type].every((b, i) => bytes[i] === b)) return type;
  return null;
}

/**
 * The size of a photo `width`×`height` after resizing: the longest side at most PHOTO_MAX_SIDE,
 * the proportions kept, never enlarged.
 */
export function resizedSize(width: number, height: number, maxSide = PHOTO_MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Whole kilobytes, rounded up, to tell the person how big the photo is. */
export function kilobytes(bytes: number): number {
  return Math.ceil(bytes / 1024);
}
