// The engine's public interface: build an index from a bundle once, then scan page texts.
// Pure TypeScript: no extension API, no DOM globals (extraction takes the DOM it is given).
export { buildIndex, remainingBuildSteps, type EngineIndex } from './engine-index';
export { scan, mergeResults, warmUp, type ScanOptions } from './scan';
export { mostSevere } from './score';
export { extractPageText, plainTextPage, type ExtractOptions } from './extract';
export { documentFingerprints, documentWordCount, DEFAULT_ENGINE_PARAMS } from './fingerprints';
export { encodeHashes, decodeHashes } from './hash-codec';
export { VERDICTS, SENSITIVITIES } from './types';
export type {
  Verdict,
  Sensitivity,
  PageText,
  Segment,
  PageLink,
  Passage,
  PassageKind,
  LeakResult,
  ScanResult,
} from './types';
