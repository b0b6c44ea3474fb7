// The benchmark's profile arithmetic (bench/cdp-profile.ts): which samples are the extension's and
// how much time they stand for.
import { describe, expect, it } from 'vitest';
import type { CpuProfile } from '../../bench/cdp-profile';
import {
  samplesFrom,
  samplesOf,
  selfTimeByFunction,
  totalOutsideUs,
  totalUs,
} from '../../bench/cdp-profile';

const EXT = 'chrome-extension://abc/content-scripts/content.js';

function frame(functionName: string, url = '') {
  return { functionName, url, lineNumber: 0, columnNumber: 9 };
}

// (root) ─┬─ (program)                       id 2
//         ├─ scan [extension] ── checkVisibility [native, no URL]   ids 3, 4
//         ├─ pageScript [page] ── helper [extension]                ids 5, 6
//         └─ (garbage collector)              id 7
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 3, 5, 7] },
    { id: 2, callFrame: frame('(program)') },
    { id: 3, callFrame: frame('scan', EXT), children: [4] },
    { id: 4, callFrame: frame('checkVisibility') },
    { id: 5, callFrame: frame('pageScript', 'http://127.0.0.1/page.js'), children: [6] },
    { id: 6, callFrame: frame('helper', EXT) },
    { id: 7, callFrame: frame('(garbage collector)') },
  ],
  startTime: 1000,
  endTime: 1100,
  samples: [2, 3, 4, 5, 6, 7, 3],
  timeDeltas: [10, 10, 20, 10, 10, 10, 5],
};

describe('samplesOf', () => {
  it('weighs each sample by the gap to the next, the last by the gap to the end', () => {
    expect(samplesOf(profile).map((s) => [s.startUs, s.durationUs])).toEqual([
      [1010, 10],
      [1020, 20],
      [1040, 10],
      [1050, 10],
      [1060, 10],
      [1070, 5],
      [1075, 25],
    ]);
  });

  it('gives nothing for a profile without samples', () => {
    expect(samplesOf({ nodes: profile.nodes, startTime: 0, endTime: 5 })).toEqual([]);
  });
});

describe('samplesFrom', () => {
  it('counts a sample when any frame of its stack has the extension URL', () => {
    const ours = samplesFrom(profile);
    // scan, checkVisibility under scan, helper under page code, scan again; not (program),
    // the page's own frame, nor GC.
    expect(ours.map((s) => s.nodeId)).toEqual([3, 4, 6, 3]);
    expect(totalUs(ours)).toBe(20 + 10 + 10 + 25);
  });
});

describe('totalOutsideUs', () => {
  it('leaves out samples starting inside a span measured otherwise', () => {
    const ours = samplesFrom(profile);
    expect(totalOutsideUs(ours, [{ startUs: 1015, endUs: 1041 }])).toBe(10 + 25);
    expect(totalOutsideUs(ours, [])).toBe(totalUs(ours));
  });
});

describe('selfTimeByFunction', () => {
  it('sums by the function on top of the stack, with its position in the file', () => {
    const self = selfTimeByFunction(profile, samplesFrom(profile));
    expect(Object.fromEntries(self)).toEqual({
      'scan content.js:1:10': 45,
      checkVisibility: 10,
      'helper content.js:1:10': 10,
    });
  });
});
