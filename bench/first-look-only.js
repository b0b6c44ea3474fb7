//# allFunctionsCalledOnLoad
// A lower bound for the lookout, for bench/variants.ts only (docs/in-page.md, "What compiling
// costs, and how low a lookout can go"): the first look and nothing else, over the built-in
// bundle's page filter as of 2026-12-03 — no watching of changes, no slices, no hand-off, no pause
// or update, no fold. Not the product: it finds, and tells no one. Kept as measured, compact
// (.prettierignore): compiling grows with its bytes.
(function(){
const F={words:`trump.campaign.hack.leak.djtfp24.mint.sandstorm.apt42.apt.unc788.charming.kitten.masoud.jalili.seyyed.ali.aghamiri.yaser.balaghi.yasar.mailerdaemon.online.apt35.phosphorus.ta453.greencharlie.storm.sefid.flood.peach.nio.thinker.savannah.time.evenpolitics.vance.vetting.dossier.jd.rubio.research.document.burgum.internal.communications.debate.preparation.material.emails.posted.october`.split(`.`),names:[[0,1,2,3],[0,1,2,3],[0,1,2],[4],[5,6],[7],[8],[9],[10,11],[12,13],[14,15,16],[17,18],[19,18],[20,21],[22],[8],[23],[24],[25],[26],[27,28],[29,6],[30,31],[32,33],[34],[35,36,37],[35,37],[38,35,37],[35,37],[35,36,37],[39,40,41],[39,40,41],[39,37],[42,37],[42,37],[43,0,1,44],[0,1,45,46,47],[0,1,48,49,50]],anchors:[],hosts:[`kenklippenstein.com`]};
const l=/[-\u2010\u2011][^\S\n\r\u2028\u2029\u0085]*[\n\r\u2028\u2029\u0085]\s*/g;
function f(e){let t=e.replace(l,``);return t===e?e:`${e}\n${t}`}
const p=/^[\t\n\v\f\r\x20-\x7e\u00a0-\u00a7\u00a9\u00ab\u00ac\u00ae\u00b0\u00b1\u00b6\u00b7\u00bb\u00bf-\u00de\u00e0-\u00ff\u2010-\u2016\u2018-\u2022\u2026\u2032\u2039\u203a\u20ac]*$/;
function _(e,t){let n=e.codePointAt(t);return n===void 0?!1:n<128?n>=97&&n<=122||n>=48&&n<=57||n>=65&&n<=90:n<256?n>=192:true}
function y(e,t){return t===0?!1:_(e,t-1)}
function b(e,t){for(let n=e.indexOf(t);n>=0;n=e.indexOf(t,n+1))if(!y(e,n)&&!_(e,n+t.length))return!0;return!1}
function G(e){for(let t=0;t<e.length;t++)if(e[t].shadowRoot)return!0;return!1}
const win=window;
const doc=win.document;
const url=doc.URL;
win.requestIdleCallback(()=>{
  const t0=Date.now();
  const root=doc.body??doc.documentElement;
  let hit=root.querySelector(`a[href*="kenklippenstein.com" i]`)!==null;
  if(!hit&&!root.shadowRoot){const n=doc.evaluate(`descendant-or-self::*[contains(local-name(), '-')]`,root,null,6,null);for(let e=0;e<n.snapshotLength;e++)if(n.snapshotItem(e).shadowRoot){hit=!0;break}
  hit=hit||G(root.querySelectorAll(`:is(article,aside,blockquote,body,div,footer,h1,h2,h3,h4,h5,h6,header,main,nav,p,section,span):empty`))}
  if(!hit){const text=root.innerText;const o=p.test(text)?f(text.toLowerCase()):f(text.toLowerCase());const s=new Map,c=e=>{let n=s.get(e);return n===void 0&&s.set(e,n=b(o,F.words[e])),n};hit=F.anchors.some(c)||F.names.some(e=>e.every(c))}
  globalThis[Symbol.for(`leaklens.quiet-report`)]={status:hit?`x`:`scanned`,verdict:`none`,ms:Date.now()-t0};
  new MutationObserver(()=>{}).observe(doc,{childList:!0,subtree:!0,characterData:!0});
},{timeout:2e3});
})();
