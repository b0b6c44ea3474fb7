import { parseHTML } from 'linkedom';
import { readdirSync, readFileSync } from 'node:fs';
import { extractPageText } from '/work/main/engine/extract';
import { normalizeText } from '/work/main/engine/normalize';
import { tokenize } from '/work/main/engine/tokenize';
const dir = '/work/shared/corpus/real-pages';
const norms = readdirSync(dir).filter(f => f.endsWith('.html')).map(f => normalizeText(extractPageText(parseHTML(readFileSync(`${dir}/${f}`, 'utf8')).document).text));
console.log(norms.reduce((a, n) => a + n.text.length, 0));
for (let r = 0; r < 5; r++) { const t = performance.now(); let c = 0; for (const n of norms) c += tokenize(n).count; console.log('tokenize', (performance.now() - t).toFixed(1), c); }
