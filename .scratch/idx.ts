import { buildHashIndex } from '/work/main/engine/hash-index';
const lists: Uint32Array[] = [];
for (let d = 0; d < 100; d++) { const a = new Uint32Array(10000); for (let i = 0; i < a.length; i++) a[i] = Math.floor(Math.random() * 2 ** 32); a.sort(); lists.push(a); }
for (let r = 0; r < 5; r++) { const t = performance.now(); buildHashIndex(lists); console.log(performance.now() - t); }
