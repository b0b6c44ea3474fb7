// Probe content script: highlights the first word of the page, reports the word count, and throws
// on request so the harness's error capture can be checked.
const api = globalThis.browser ?? globalThis.chrome;
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const first = walker.nextNode();
if (first) {
  const range = new Range();
  range.setStart(first, 0);
  range.setEnd(first, Math.min(4, first.data.length));
  CSS.highlights.set('probe', new Highlight(range));
}
const words = document.body.innerText.split(/\s+/).filter(Boolean).length;
api.runtime.sendMessage({ words });
if (location.search.includes('probe-throw')) {
  setTimeout(() => {
    throw new Error('probe content script error');
  }, 0);
}
