import { parseHTML } from 'linkedom';
const { document } = parseHTML('<html><body><p>hi <b>there</b></p></body></html>');
const html = document.documentElement;
console.log(html.nodeType, html.localName, (html as any).shadowRoot, html.firstChild?.nodeName, html.firstChild?.nextSibling?.nodeName);
const p = document.querySelector('p')!;
for (let n = p.firstChild; n; n = n.nextSibling) console.log('child', n.nodeType, n.nodeName);
