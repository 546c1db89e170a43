/** Reading a request body without ever holding more than the limit in memory. */

/** Returned by {@link readBodyWithin} when the body is over the limit. */
export const TOO_LARGE = Symbol("too large");

/**
 * Reads the whole body if it has at most `maxBytes` bytes. A declared `content-length` over the
 * limit is refused before reading anything; otherwise bytes are counted as they arrive and the
 * stream is cancelled the moment the count passes the limit, so a huge or endless body costs at
 * most `maxBytes` plus one chunk. Resolves to `undefined` when there is no body.
 */
export async function readBodyWithin(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | undefined | typeof TOO_LARGE> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) {
    void request.body?.cancel().catch(() => undefined);
    return TOO_LARGE;
  }
  if (request.body === null) return undefined;

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  if (size === 0) return undefined;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
