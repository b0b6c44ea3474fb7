import fc from 'fast-check';
import { normalizeText } from '/work/main/engine/normalize';
const n = (s: string) => normalizeText(s).text;
const r = fc.check(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => n(n(raw)) === n(raw)), { numRuns: 200000 });
if (r.failed) { const c = r.counterexample![0]; console.log(JSON.stringify(c), [...c].map(ch => ch.codePointAt(0)!.toString(16)), JSON.stringify(n(c)), JSON.stringify(n(n(c)))); } else console.log('ok');
