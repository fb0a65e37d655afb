import { describe, expect, it } from 'vitest';
import { photoDescriptorSchema, PHOTO_MAX_BYTES, sniffPhotoType } from './questionPhoto';

describe('what a photo is, by its first bytes', () => {
  it('knows JPEG and PNG, and nothing else', () => {
    expect(sniffPhotoType(new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0]))).toBe('image/jpeg');
    expect(sniffPhotoType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffPhotoType(new TextEncoder().encode('<svg onload="alert(1)">'))).toBeNull();
    expect(sniffPhotoType(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(sniffPhotoType(new Uint8Array([0xff, 0xd8]))).toBeNull();
  });

  it('announces only a JPEG or PNG of at most 600 KiB', () => {
    expect(photoDescriptorSchema.safeParse({ type: 'image/jpeg', bytes: PHOTO_MAX_BYTES }).success).toBe(true);
    expect(photoDescriptorSchema.safeParse({ type: 'image/jpeg', bytes: PHOTO_MAX_BYTES + 1 }).success).toBe(false);
    expect(photoDescriptorSchema.safeParse({ type: 'image/svg+xml', bytes: 10 }).success).toBe(false);
    expect(photoDescriptorSchema.safeParse({ type: 'image/jpeg', bytes: 0 }).success).toBe(false);
  });
});
