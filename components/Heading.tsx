// A heading whose level is chosen by where it is used (the same context renders under h3 in the
// finding and under h2 in "Known leaks"), so the outline never skips a level.
import type { ComponentChildren } from 'preact';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface HeadingProps {
  level: HeadingLevel;
  id?: string;
  children: ComponentChildren;
}

export function Heading({ level, id, children }: HeadingProps) {
  switch (level) {
    case 2:
      return <h2 id={id}>{children}</h2>;
    case 3:
      return <h3 id={id}>{children}</h3>;
    case 4:
      return <h4 id={id}>{children}</h4>;
    case 5:
      return <h5 id={id}>{children}</h5>;
    case 6:
      return <h6 id={id}>{children}</h6>;
  }
}

/** The level below `level`, capped at h6. */
export const below = (level: HeadingLevel): HeadingLevel =>
  (level < 6 ? level + 1 : 6) as HeadingLevel;
