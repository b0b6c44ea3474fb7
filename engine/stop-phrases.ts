// Common English multi-word expressions. Their words are not content words, so two stock phrases
// next to each other ("at the end of the day the president of the United States") never add up
// to a quote of a document that happens to contain them too.
import { wordHash } from './hash';

const PHRASES = `at the end of the day
the president of the united states
president of the united states
the united states of america
the united states
the white house
the new york times
the washington post
the supreme court
on the other hand
at the same time
for the first time
one of the most
as well as
in order to
as a result of
the fact that
in addition to
on the basis of
in the middle of
the rest of the
a lot of
for the most part
in the long run
at the moment
in the first place
by the way
as soon as possible
as far as i know
in terms of
with respect to
according to the
it is important to
there is no doubt that
last but not least
first and foremost
the bottom line is
when all is said and done
time will tell
at this point in time
in the near future
in the wake of
on behalf of the
the end of the
thank you very much
all rights reserved
terms of service
privacy policy
click here
read more
sign up
log in`;

/** Each phrase as the hashes of its normalized words; computed on first use (see stopwords.ts). */
let phrases: readonly Uint32Array[] | undefined;
export function stopPhrases(): readonly Uint32Array[] {
  return (phrases ??= PHRASES.split('\n').map((line) =>
    Uint32Array.from(line.split(' ').map((w) => wordHash(w, 0, w.length))),
  ));
}
