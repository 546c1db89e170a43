import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequestUrl } from "../../src/server/proxy/requestTarget";

describe("parseRequestUrl", () => {
  it("reads origin, path and query exactly as URL does, for any URL a Request can hold", () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9._~%@:+-]{0,8}$/);
    fc.assert(
      fc.property(
        fc.constantFrom("http", "https", "HTTP"),
        fc.constantFrom("127.0.0.1:3000", "example.com", "Example.COM:443", "[::1]:80", "a.b:8080"),
        fc.array(fc.constantFrom("..", ".", "%2e%2e", "%2E", "v1", "tags", "", "a?b", "x#y"), { maxLength: 5 }),
        fc.array(segment, { maxLength: 3 }),
        fc.option(fc.constantFrom("?", "?page_size=2", "?a=1&b=%2F", "?#", "#frag", "?x#y")),
        (scheme, host, dots, words, tail) => {
          // What a runtime hands the proxy: request.url, already parsed and serialized.
          const href = new Request(`${scheme}://${host}/${[...dots, ...words].join("/")}${tail ?? ""}`).url;
          const { origin, pathname, search } = new URL(href);
          expect(parseRequestUrl(href)).toEqual({ origin, pathname, search });
        },
      ),
      { numRuns: 500 },
    );
  });
});
