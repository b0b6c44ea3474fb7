import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { extractPageText } from '/work/main/engine/extract';
const { document } = parseHTML(readFileSync('/work/shared/corpus/real-pages/ars-1.html', 'utf8'));
const p = extractPageText(document);
console.log(p.text.length, document.body?.textContent?.length, JSON.stringify(p.text.slice(0, 300)));
let c = 0; for (let n = document.documentElement.firstChild; n; n = n.nextSibling) c++;
console.log('children of html', c, document.documentElement.childNodes.length);
const b = document.body; let k = 0; for (let n = b.firstChild; n; n = n.nextSibling) { k++; } console.log('body children', k, b.childNodes.length);
