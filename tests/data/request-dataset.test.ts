import { describe, expect, it } from 'vitest';
import { readUpTo } from '../../src/data/request-dataset.ts';

/** A response whose body arrives in the given chunks, counting how many the reader pulled. */
function chunked(sizes: number[]) {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = sizes[pulled];
      if (size === undefined) return controller.close();
      controller.enqueue(new Uint8Array(size).fill(pulled + 1));
      pulled += 1;
    },
    cancel() {
      cancelled = true;
    },
  });
  return { response: new Response(stream), pulled: () => pulled, cancelled: () => cancelled };
}

describe('readUpTo', () => {
  it('returns the whole body, in order, when it fits', async () => {
    const { response } = chunked([3, 2]);
    const bytes = new Uint8Array((await readUpTo(response, 5))!);
    expect([...bytes]).toEqual([1, 1, 1, 2, 2]);
  });

  it('stops reading and cancels the download once the body passes the limit', async () => {
    const body = chunked([4, 4, 4, 4]);
    expect(await readUpTo(body.response, 6)).toBeNull();
    expect(body.pulled()).toBe(2);
    expect(body.cancelled()).toBe(true);
  });

  it('reads an empty body as empty', async () => {
    expect((await readUpTo(new Response(''), 10))?.byteLength).toBe(0);
  });
});
