// The type of the build-time virtual module provided by compiler/vite-plugin.ts: the compiled,
// validated rules bundle (engine/bundle.ts `Bundle`).
declare module 'virtual:leaklens-bundle' {
  const bundle: import('../engine/bundle').Bundle;
  export default bundle;
}
