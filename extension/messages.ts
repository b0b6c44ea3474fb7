// Every message between the extension's contexts, typed in one place and named by receiver.
// Handlers are plain functions (unit-tested directly); `listen` is the only wiring.
import type { Browser, browser } from 'wxt/browser';
import type { FrameReport, TabState } from './tab-state';
import type { UpdateStatus } from './updates/status';

interface Call<Data, Reply> {
  data: Data;
  reply: Reply;
}

/** Messages the background handles. */
export interface BackgroundProtocol {
  /** A frame's content script reports its latest scan. */
  reportScan: Call<FrameReport, void>;
  /** The popup asks for a tab's state. */
  getTabState: Call<{ tabId: number }, TabState | null>;
  /** A card's "Details": open the popup's view of a leak for the sender's tab. */
  openDetails: Call<{ leak: string }, void>;
  /** A card's "Hide marks on this site": the settings are the background's to write. */
  hideSite: Call<{ site: string }, void>;
  /** The lookout found something the bundle might match: load the scanner into its frame. */
  loadScanner: Call<Record<string, never>, void>;
  /** The scanner has marks to show for the first time: load the marks' UI into its frame. */
  loadMarksUi: Call<Record<string, never>, void>;
}

/** Messages the background handles for bundle updates (the options page sends them). */
export interface UpdateProtocol {
  /** "Check now": runs an update check (or waits for the running one), then replies the status. */
  checkNow: Call<Record<string, never>, UpdateStatus>;
  /** The active bundle, the update URL, the last check and the last refusal. */
  getUpdateStatus: Call<Record<string, never>, UpdateStatus>;
}

/**
 * Everything the background answers. The update messages sit in their own interface so the tab
 * handlers (background-handlers.ts) keep implementing exactly `BackgroundProtocol`.
 */
export type BackgroundMessages = BackgroundProtocol & UpdateProtocol;

/** Messages a tab's content script handles. */
export interface ContentProtocol {
  /** Scroll to passage `index` of the frame's report and flash it. */
  showPassage: Call<{ index: number }, boolean>;
}

/** The extension's `browser` object (WXT's typed one). */
export type BrowserApi = typeof browser;

type AnyProtocol<P> = Record<keyof P, Call<unknown, unknown>>;

export interface Envelope<P extends AnyProtocol<P>, K extends keyof P = keyof P> {
  leaklens: K;
  data: P[K]['data'];
}

export type Sender = Browser.runtime.MessageSender;

export type Handlers<P extends AnyProtocol<P>> = {
  [K in keyof P]: (data: P[K]['data'], sender: Sender) => P[K]['reply'] | Promise<P[K]['reply']>;
};

function isEnvelope(message: unknown): message is { leaklens: string; data: unknown } {
  return typeof message === 'object' && message !== null && 'leaklens' in message;
}

/** Dispatches one message to its handler; undefined when the message is not ours. */
export function dispatch<P extends AnyProtocol<P>>(
  handlers: Handlers<P>,
  message: unknown,
  sender: Sender,
): Promise<unknown> | undefined {
  if (!isEnvelope(message) || !Object.hasOwn(handlers, message.leaklens)) return undefined;
  const handler = handlers[message.leaklens as keyof P] as (d: unknown, s: Sender) => unknown;
  return Promise.resolve().then(() => handler(message.data, sender));
}

/** Wires handlers to runtime.onMessage; returns the function that unwires them. */
export function listen<P extends AnyProtocol<P>>(
  browser: BrowserApi,
  handlers: Handlers<P>,
): () => void {
  const listener = (message: unknown, sender: Sender) => dispatch(handlers, message, sender);
  // Both browsers accept a listener that returns a Promise (or undefined for "not mine").
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

export function sendToBackground<K extends keyof BackgroundMessages>(
  browser: BrowserApi,
  type: K,
  data: BackgroundMessages[K]['data'],
): Promise<BackgroundMessages[K]['reply']> {
  const envelope: Envelope<BackgroundMessages, K> = { leaklens: type, data };
  return browser.runtime.sendMessage(envelope) as Promise<BackgroundMessages[K]['reply']>;
}

export function sendToTab<K extends keyof ContentProtocol>(
  browser: BrowserApi,
  tabId: number,
  type: K,
  data: ContentProtocol[K]['data'],
  frameId = 0,
): Promise<ContentProtocol[K]['reply']> {
  const envelope: Envelope<ContentProtocol, K> = { leaklens: type, data };
  return browser.tabs.sendMessage(tabId, envelope, { frameId }) as Promise<
    ContentProtocol[K]['reply']
  >;
}
