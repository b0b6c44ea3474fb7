// A queue of jobs run one after another, for the page's scripts and the background alike.

/**
 * Runs each job once the one before it settled (a failed job does not stop the next): a frame's
 * scans and reports keep their order, and two never share the thread's slices; the background's
 * notices to open frames arrive in the order they were made.
 */
export function serialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let chain: Promise<unknown> = Promise.resolve();
  return (job) => {
    const next = chain.then(job, job);
    chain = next.catch(() => {});
    return next;
  };
}
