import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TAG_DESCRIPTION_MAX_LENGTH, TAG_TITLE_MAX_LENGTH, type ConversationTag } from "../src";

interface JsonSchema {
  required?: string[];
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  maxLength?: number;
  minLength?: number;
  type?: string;
}

const spec = JSON.parse(readFileSync(new URL("../spec/convai-tags.openapi.json", import.meta.url), "utf8")) as {
  components: { schemas: Record<string, JsonSchema> };
  paths: Record<string, Record<string, unknown>>;
};
const schemas = spec.components.schemas;
const stringBranch = (schema: JsonSchema | undefined) =>
  schema?.type === "string" ? schema : schema?.anyOf?.find((branch) => branch.type === "string");

describe("tag.ts against the OpenAPI document", () => {
  it("uses the API's title and description limits for create and update", () => {
    for (const name of ["CreateConversationTagRequestModel", "PatchConversationTagRequestModel"]) {
      const props = schemas[name]?.properties;
      expect(stringBranch(props?.title)?.maxLength).toBe(TAG_TITLE_MAX_LENGTH);
      expect(stringBranch(props?.title)?.minLength).toBe(1);
      expect(stringBranch(props?.description)?.maxLength).toBe(TAG_DESCRIPTION_MAX_LENGTH);
    }
  });

  it("requires only the title on create", () => {
    expect(schemas.CreateConversationTagRequestModel?.required).toEqual(["title"]);
  });

  it("mirrors every required field of the tag response", () => {
    const example: Record<keyof ConversationTag, true> = {
      tag_id: true,
      workspace_id: true,
      owner_user_id: true,
      title: true,
      description: true,
      created_at_unix_secs: true,
    };
    expect([...(schemas.ConversationTagResponseModel?.required ?? [])].sort()).toEqual(Object.keys(example).sort());
  });

  it("has the eight operations the client implements", () => {
    const operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        "GET /v1/convai/tags",
        "POST /v1/convai/tags",
        "GET /v1/convai/tags/{tag_id}",
        "PATCH /v1/convai/tags/{tag_id}",
        "DELETE /v1/convai/tags/{tag_id}",
        "POST /v1/convai/conversations/{conversation_id}/tags",
        "DELETE /v1/convai/conversations/{conversation_id}/tags/{tag_id}",
        "GET /v1/convai/conversations",
      ].sort(),
    );
  });
});
