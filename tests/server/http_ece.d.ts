// http_ece (the RFC 8188 / 8291 reference code web-push itself uses) has no types; the tests use
// only its decrypt, with a receiver's ECDH key and auth secret.
declare module 'http_ece' {
  import type { ECDH } from 'node:crypto';
  interface DecryptParams {
    version: 'aes128gcm';
    privateKey: ECDH;
    authSecret: string;
  }
  const ece: { decrypt(buffer: Buffer, params: DecryptParams): Buffer };
  export default ece;
}
