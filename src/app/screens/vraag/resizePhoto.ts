import { PHOTO_MAX_BYTES, PHOTO_QUALITY, resizedSize } from '../../../domain/questionPhoto';

// A photo of a letter, made small on the phone before it waits in the outbox (issue 16): at most
// 1280 px on its longest side, JPEG. A letter stays readable at that size, and the photo is some
// 100–300 KB instead of the camera's 3–8 MB. Re-encoding here also drops the camera's metadata
// (place, time, device). The size decisions are in src/domain/questionPhoto.ts (unit-tested);
// this part needs a real canvas, so tests/e2e/letters.test.ts runs it.

/** Lower qualities tried, in turn, when a photo is still too heavy (a page full of fine print). */
const QUALITIES = [PHOTO_QUALITY, 0.55, 0.4];

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

/** The resized JPEG, or null when this file is no picture the phone can read. */
export async function resizePhoto(file: Blob): Promise<Blob | null> {
  let bitmap: ImageBitmap;
  try {
    // Turned upright as the camera meant it (EXIF orientation).
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return null;
  }
  const { width, height } = resizedSize(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  // White under a transparent PNG: JPEG has no transparency, and black would hide the text.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  for (const quality of QUALITIES) {
    const blob = await toBlob(canvas, quality);
    if (blob && blob.size <= PHOTO_MAX_BYTES) return blob;
  }
  return null;
}
