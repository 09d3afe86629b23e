import { describe, expect, it } from 'vitest';
import { readText, readUpTo } from '../../src/data/request-dataset.ts';

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

/** A response whose body arrives in the given byte chunks. */
function inPieces(pieces: Uint8Array[]): Response {
  return new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(piece);
        controller.close();
      },
    }),
  );
}

describe('readText', () => {
  const text = '\uFEFF{"note":"Lei Jun 雷军 — 100 € ✓","rows":[1,2,3]}';
  const bytes = new TextEncoder().encode(text);

  it('reads the body as Response.text() does, however it is cut: characters split across pieces, the byte-order mark dropped', async () => {
    const expected = await new Response(bytes).text();
    expect(expected.startsWith('{')).toBe(true);
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const pieces: Uint8Array[] = [];
      for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.slice(at, at + size));
      expect(await readText(inPieces(pieces))).toBe(expected);
    }
  });

  it('keeps bytes that are not UTF-8 as replacement characters, as text() does', async () => {
    const bad = new Uint8Array([0x7b, 0xff, 0x7d]);
    expect(await readText(inPieces([bad]))).toBe(await new Response(bad).text());
  });

  it('reads an empty body as empty', async () => {
    expect(await readText(new Response(''))).toBe('');
    expect(await readText(new Response(null))).toBe('');
  });
});
