// A plain object read from storage or JSON: the first check of every hand-written decoder.
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
