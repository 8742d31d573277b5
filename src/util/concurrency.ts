/** Bounded concurrency for I/O: reading inputs and writing outputs. */

/**
 * Runs `fn` over `items` with at most `limit` in flight; results keep the input
 * order. On the first failure no new item starts, and the error is thrown only
 * once the items already running have settled, so a caller can clean up safely.
 */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure) {
      const index = next++;
      try {
        results[index] = await fn(items[index]!);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}
