/**
 * Maps an (async) iterable through an async function with at most `window` calls in flight, yielding
 * the results in input order as soon as each is ready. Input is pulled only while the window has room,
 * so a corpus of any size streams through in bounded memory.
 */
export async function* mapInOrder<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  window: number,
  run: (item: T) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  const pending: Promise<R>[] = [];
  const state = { finished: false, stopped: false, failure: undefined as { error: unknown } | undefined };
  let wakeConsumer: (() => void) | undefined;
  let wakeProducer: (() => void) | undefined;
  const signalConsumer = (): void => {
    wakeConsumer?.();
    wakeConsumer = undefined;
  };

  // The producer runs beside the consumer, so a slow input never delays results that are already done.
  void (async () => {
    try {
      for await (const item of items) {
        while (pending.length >= window && !state.stopped) await new Promise<void>((resolve) => (wakeProducer = resolve));
        if (state.stopped) break;
        const result = run(item);
        // Handled when awaited in order; this only stops Node reporting it as unhandled meanwhile.
        result.catch(() => undefined);
        pending.push(result);
        signalConsumer();
      }
    } catch (error) {
      state.failure = { error };
    } finally {
      state.finished = true;
      signalConsumer();
    }
  })();

  try {
    for (;;) {
      const next = pending[0];
      if (next === undefined) {
        if (state.finished) break;
        await new Promise<void>((resolve) => (wakeConsumer = resolve));
        continue;
      }
      const result = await next;
      pending.shift();
      wakeProducer?.();
      wakeProducer = undefined;
      yield result;
    }
    if (state.failure !== undefined) throw state.failure.error;
  } finally {
    state.stopped = true;
    wakeProducer?.();
  }
}
