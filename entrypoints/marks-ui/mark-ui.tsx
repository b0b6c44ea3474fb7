// The in-page markers and cards: one shadow-root host (WXT's shadow-root UI) holding a Preact
// <MarkLayer>, created on the first mark and positioned from the marked ranges.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { Bundle } from '../../engine/bundle';
import type { CardInfo } from '../../components/PassageCard';
import { MarkLayer, type MarkItem } from '../../components/MarkLayer';
import type { Mark, MarksUi } from '../../extension/page/scanner';
import type { MarkUiActions } from '../../extension/page/deferred-marks-ui';
import inpageCss from '../../components/styles/inpage.css?inline';

/** Room the marker takes beside the text (its width and gap, in CSS pixels). */
const MARGIN = 26;

/** How long the pointer may be away from a marker and its card before the card closes. */
const CLOSE_DELAY_MS = 250;

function cardInfo(bundle: Bundle, mark: Mark): CardInfo {
  const leak = bundle.leaks.find((l) => l.id === mark.passage.leak);
  const doc = leak?.documents.find((d) => d.id === mark.passage.document);
  return {
    verdict: mark.verdict,
    leakTitle: leak?.title ?? mark.passage.leak,
    documentTitle: doc?.title ?? null,
    context: doc?.description ?? leak?.summary ?? '',
  };
}

/**
 * The box of the block that holds the range's start: markers sit in its margin, off the text.
 * Inline parents are climbed past, and so are `display: contents` wrappers, which have no box
 * (an empty rect would put the marker at the page's edge).
 */
function blockBox(win: Window, range: Range): DOMRect | null {
  let el: Element | null = range.startContainer.parentElement;
  while (el && /^(inline|contents)/.test(win.getComputedStyle(el).display)) el = el.parentElement;
  return el?.getBoundingClientRect() ?? null;
}

/** Page coordinates of a range's first line, at the start edge of its block. */
function positionOf(win: Window, range: Range, rtl: boolean): { x: number; y: number } | null {
  const line = range.getClientRects()[0];
  if (!line) return null;
  const block = blockBox(win, range);
  const rect = { top: line.top, left: block?.left ?? line.left, right: block?.right ?? line.right };
  // Markers sit in the start margin; near the viewport's edge they stay on screen instead.
  const x = rtl ? Math.min(rect.right, win.innerWidth - MARGIN) : Math.max(rect.left, MARGIN);
  return { x: x + win.scrollX, y: rect.top + win.scrollY };
}

export function createMarkUi(
  ctx: ContentScriptContext,
  win: Window,
  /** Parsed on first use: only pages with marks need the bundle's titles. */
  bundle: () => Bundle,
  actions: MarkUiActions,
): MarksUi {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let creating: Promise<void> | null = null;
  let marks: readonly Mark[] = [];
  let openId: string | null = null;
  let closeTimer: number | undefined;
  let frame = 0;

  const rtl = () =>
    win.getComputedStyle(win.document.body ?? win.document.documentElement).direction === 'rtl';

  const items = (): MarkItem[] => {
    const isRtl = rtl();
    return marks.flatMap((m) => {
      const position = positionOf(win, m.range, isRtl);
      return position ? [{ id: String(m.index), position, card: cardInfo(bundle(), m) }] : [];
    });
  };

  const draw = () => {
    const container = ui?.uiContainer;
    if (!container) return;
    const close = (refocus: boolean) => {
      const was = openId;
      openId = null;
      draw();
      if (refocus && was) ui?.shadow.getElementById(`marker-${was}`)?.focus();
    };
    render(
      <MarkLayer
        items={items()}
        openId={openId}
        rtl={rtl()}
        onOpen={(id) => {
          win.clearTimeout(closeTimer);
          if (openId !== id) ((openId = id), draw());
        }}
        onActivate={(id) => {
          win.clearTimeout(closeTimer);
          ((openId = id), draw());
        }}
        onLeave={() => {
          win.clearTimeout(closeTimer);
          closeTimer = win.setTimeout(() => close(false), CLOSE_DELAY_MS);
        }}
        onClose={close}
        onDetails={(item) =>
          actions.onDetails(marks.find((m) => String(m.index) === item.id)?.passage.leak ?? '')
        }
        onHideSite={actions.onHideSite}
      />,
      container,
    );
  };

  // Markers follow the text when the page reflows (resize, fonts, late images).
  const redrawSoon = () => {
    if (frame === 0 && ui) frame = win.requestAnimationFrame(() => ((frame = 0), draw()));
  };
  ctx.addEventListener(win, 'resize', redrawSoon);
  const resizeObserver = new ResizeObserver(redrawSoon);

  const mount = async () => {
    const created = await createShadowRootUi(ctx, {
      name: 'leaklens-ui',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: inpageCss,
      onMount: (_container, _shadow, host) => host.setAttribute('data-leaklens-ui', ''),
      onRemove: () => ui && render(null, ui.uiContainer),
    });
    created.mount();
    ui = created;
    if (win.document.body) resizeObserver.observe(win.document.body);
  };

  return {
    show(next) {
      marks = next;
      if (ui) return draw();
      creating ??= mount().then(draw, () => {});
    },
    clear() {
      marks = [];
      openId = null;
      resizeObserver.disconnect();
      ui?.remove();
      ui = null;
      creating = null;
    },
    contains: (node) => ui !== null && (node === ui.shadowHost || ui.shadowHost.contains(node)),
  };
}
