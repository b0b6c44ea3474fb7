// Browser-neutral pieces of the harness: the evaluate wrapper, polling, selector-to-point lookup and
// key-name parsing, so both drivers behave the same way.

/**
 * Wraps an expression so the page returns its JSON text: both drivers then hand back the same plain
 * data, whatever the page's objects are. `undefined` is passed through as the sentinel below.
 */
export const UNDEFINED_SENTINEL = '__leaklens_e2e_undefined__';

export function wrapForJson(expression: string): string {
  return `(async () => { const v = await (${expression}); return v === undefined ? ${JSON.stringify(
    UNDEFINED_SENTINEL,
  )} : JSON.stringify(v); })()`;
}

export function parseJsonResult<T>(raw: unknown): T {
  if (raw === UNDEFINED_SENTINEL || raw === undefined) return undefined as T;
  if (typeof raw !== 'string') throw new Error(`evaluate: expected JSON text, got ${typeof raw}`);
  return JSON.parse(raw) as T;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `evaluate(expression)` until truthy; a timeout reports the last value or error. */
export async function pollUntil<T>(
  evaluate: (expression: string) => Promise<T>,
  expression: string,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = 'nothing (never evaluated)';
  for (;;) {
    try {
      const value = await evaluate(expression);
      if (value) return value;
      last = `value ${JSON.stringify(value)}`;
    } catch (error) {
      last = `error ${error instanceof Error ? error.message : String(error)}`;
    }
    if (Date.now() >= deadline) {
      throw new Error(`waitFor timed out after ${timeoutMs} ms: ${expression}\n  last: ${last}`);
    }
    await sleep(100);
  }
}

/**
 * Page-world expression giving the viewport centre of the first element matching `selector`,
 * searching open shadow roots too (like Playwright's CSS engine), after scrolling it into view.
 */
export function centreOfExpression(selector: string): string {
  return `(() => {
    const find = (root, sel) => {
      const hit = root.querySelector(sel);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) { const inner = find(el.shadowRoot, sel); if (inner) return inner; }
      }
      return null;
    };
    const el = find(document, ${JSON.stringify(selector)});
    if (!el) return null;
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  })()`;
}

export interface Point {
  x: number;
  y: number;
}

/** Splits 'Shift+Tab' into modifiers and the key; a lone '+' is the plus key. */
export function splitKeyCombo(combo: string): { modifiers: string[]; key: string } {
  if (combo === '+') return { modifiers: [], key: '+' };
  const parts = combo.split('+');
  const key = parts.pop() ?? '';
  return { modifiers: parts, key: key === '' ? '+' : key };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Thrown by networkLog() of a session launched without `recordNetwork`. */
export function networkNotRecorded(): Error {
  return new Error('networkLog(): launch the browser with { recordNetwork: true }');
}
