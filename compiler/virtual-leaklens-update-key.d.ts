// The type of the build-time virtual module provided by compiler/update-key-plugin.ts: the public
// key that signs remote bundle updates, and whether a test build may fetch them over loopback http.
declare module 'virtual:leaklens-update-key' {
  /** Base64 of the raw 32-byte Ed25519 public key. */
  export const publicKey: string;
  /** True only in test builds (LEAKLENS_UPDATE_ALLOW_HTTP_LOOPBACK=1). */
  export const allowHttpLoopback: boolean;
}
