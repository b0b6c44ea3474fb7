import fc from 'fast-check';
import { normalizeText } from '/work/main/engine/normalize';
const n = (s: string) => normalizeText(s).text;
const tricky = fc.constantFrom(...'aAbZ ęÉé\u0301ßΣς\u00a0\u2009\u3000\t\n\r\u00ad\u200b\u200d\ufeff-\u2010—–’‘“”…ﬁＦ½İ\ud83d\ude00\ud800\'".,;x1'.split(''));
const text = fc.oneof(
  fc.array(tricky, { maxLength: 60 }).map((a) => a.join('')),
  fc.array(fc.constantFrom('vul-\nnerable', 'Word', ' ', '\n', 'x-', '  \n', 'aé', '“q”'), { maxLength: 20 }).map((a) => a.join('')),
);
const r = fc.check(fc.property(text, (raw) => n(n(raw)) === n(raw)), { numRuns: 100000 });
if (r.failed) { const c = r.counterexample![0] as string; console.log(JSON.stringify(c), JSON.stringify(n(c)), JSON.stringify(n(n(c)))); } else console.log('ok');
