// The type of the build-time virtual module provided by compiler/vite-plugin.ts: the compiled,
// validated rules bundle (engine/bundle.ts `Bundle`), parsed on the first call, and what a page
// needs before it.
declare module 'virtual:leaklens-bundle' {
  export function builtinBundle(): import('../engine/bundle').Bundle;
  export const builtinInfo: import('../extension/tab-state').BundleInfo;
  export const builtinFilter: import('../engine/prefilter').PageFilter;
}
