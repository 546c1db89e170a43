/** The `node` build of ./server is the same API as the default one: one set of types serves both. */
import { expectTypeOf, test } from "vitest";
import type * as fallback from "../../src/server";
import type * as node from "../../src/server/node";

test("the node build exports what the default build exports, with the same types", () => {
  expectTypeOf<keyof typeof node>().toEqualTypeOf<keyof typeof fallback>();
  expectTypeOf<typeof node.createTagsProxy>().toEqualTypeOf<typeof fallback.createTagsProxy>();
  expectTypeOf<typeof node.createMockTagsApi>().toEqualTypeOf<typeof fallback.createMockTagsApi>();
});
