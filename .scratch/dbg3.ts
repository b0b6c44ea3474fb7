import { parseHTML } from 'linkedom';
const { document } = parseHTML('<!doctype html><html><body><p>hi <b>there</b></p></body></html>');
for (let n = document.firstChild; n; n = n.nextSibling) console.log('doc child', n.nodeType, n.nodeName);
console.log(document.childNodes.length, [...document.childNodes].map(n => n.nodeName));
