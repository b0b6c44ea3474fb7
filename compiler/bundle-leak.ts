// Maps one validated source leak to its compiled form: explicit key order, defaults filled,
// timeline and attribution in date order, and `source:` texts replaced by fingerprints.
import type { BundleDocument, EngineParams, Leak, Statement } from '../engine/bundle';
import { formatLocated } from './compile-error';
import type { Loaded } from './rules-folder';
import type { DocumentSource, LeakSource } from './source-schema';
import { fingerprintSource } from './source-fingerprints';

export interface LeakBuildOptions {
  docsDir?: string;
  params: EngineParams;
  /** Collects non-fatal notes (a `source:` skipped because no --docs was given). */
  warn: (message: string) => void;
}

export function toBundleLeak(
  { source, value: leak }: Loaded<LeakSource>,
  options: LeakBuildOptions,
): Leak {
  const documents = leak.documents.map((doc, i) => {
    const where = {
      file: source.file,
      line: source.lineOf(['documents', i, 'source']),
      field: `documents[${i}].source`,
    };
    return toBundleDocument(doc, options, where);
  });
  return {
    id: leak.id,
    title: leak.title,
    summary: leak.summary,
    disclosed: leak.disclosed,
    documents,
    mentions: distinct(leak.mentions ?? []),
    weakMentions: distinct(leak.weakMentions ?? []),
    context: {
      attribution: byDate(leak.context?.attribution ?? []).map((a) => ({
        claim: a.claim,
        by: a.by,
        date: a.date,
        url: a.url,
      })),
      timeline: byDate(leak.context?.timeline ?? []).map((t) => ({
        date: t.date,
        event: t.event,
        ...(t.url === undefined ? {} : { url: t.url }),
      })),
    },
    statements: (leak.statements ?? []).map((s): Statement => ({
      party: s.party,
      speaker: s.speaker,
      organization: s.organization,
      date: s.date,
      quote: s.quote,
      paraphrase: s.paraphrase ?? false,
      url: s.url,
      also: s.also ?? [],
    })),
  };
}

function toBundleDocument(
  doc: DocumentSource,
  options: LeakBuildOptions,
  where: { file: string; line: number; field: string },
): BundleDocument {
  const out: BundleDocument = {
    id: doc.id,
    title: doc.title,
    ...(doc.description === undefined ? {} : { description: doc.description }),
    aliases: distinct(doc.aliases ?? []),
    phrases: distinct(doc.phrases ?? []),
    urls: distinct(doc.urls ?? []),
  };
  if (doc.source === undefined) return out;
  if (options.docsDir === undefined) {
    options.warn(
      formatLocated(where, `skipped: no --docs folder given, so "${doc.id}" gets no fingerprints`),
    );
    return out;
  }
  return { ...out, ...fingerprintSource(options.docsDir, doc.source, options.params, where) };
}

/** Stable sort by date: entries of the same date keep the order the maintainer wrote them in. */
function byDate<T extends { date: string }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) =>
      a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : a.index - b.index,
    )
    .map(({ item }) => item);
}

/** Drops repeated entries, keeping the first: a repeated alias would only cost bundle bytes. */
function distinct(items: readonly string[]): string[] {
  return [...new Set(items)];
}
