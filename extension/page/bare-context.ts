// The context WXT's generated content-script entry hands the lookout's main(): an empty one. The
// lookout needs none, and WXT's (even our quiet one, ./quiet-context.ts) sets up a location watcher
// and an abort controller, and reads the extension's id as its module loads, on every page.
// compiler/bare-context-plugin.ts puts it in place; the scanner keeps the quiet context.
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
