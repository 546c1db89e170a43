/** The seven operations of the tags API, answered from a `TagStore`, and the conversations list. */
import { TAG_DESCRIPTION_MAX_LENGTH } from "../../core/tag.js";
import type { ConversationStore } from "./createConversationStore.js";
import type { TagChanges, TagStore } from "./createTagStore.js";
import type { TagOperationName, TagPathParams, TagRoute, TagRouteMethod } from "../../core/routes.js";
import { listConversations } from "./listConversations.js";
import { readBody } from "./readBody.js";
import { invalidCursor, jsonResponse, noContent, tagNotFound, validationError } from "./responses.js";
import {
  checkField,
  checkModel,
  checkString,
  checkStringList,
  parseQueryInteger,
  type JsonObject,
  type ValidationIssue,
} from "./validation.js";

/** What the operations share. */
export interface RouteContext {
  store: TagStore;
  conversations: ConversationStore;
  titleMaxLength: number;
}

/** `GET /v1/convai/tags`: the API's page size limits and default. */
const PAGE_SIZE = { ge: 1, le: 100, default: 100 };
/** `POST .../conversations/{id}/tags`: how many tag ids one call may assign. */
const ASSIGN_TAG_IDS = { min: 1, max: 50 };

/** Answers one method of one route. */
export type Operation = (request: Request, params: TagPathParams, context: RouteContext) => Promise<Response> | Response;

/** Reads and validates a JSON object body; `check` returns pydantic's field errors. */
async function withBody(
  request: Request,
  check: (body: JsonObject) => ValidationIssue[],
  answer: (body: JsonObject) => Response,
): Promise<Response> {
  const read = await readBody(request);
  if (!read.ok) return read.response;
  const modelIssues = checkModel(read.body);
  if (modelIssues.length > 0) return validationError(modelIssues);
  const body = read.body as JsonObject;
  const issues = check(body);
  return issues.length > 0 ? validationError(issues) : answer(body);
}

function checkDescription(body: JsonObject): ValidationIssue[] {
  const { description } = body;
  if (description === undefined || description === null) return [];
  return checkString(description, ["body", "description"], { max: TAG_DESCRIPTION_MAX_LENGTH });
}

const list: Operation = (request, _params, { store }) => {
  const query = new URL(request.url).searchParams;
  // Starlette keeps the last of repeated query parameters.
  const rawPageSize = query.getAll("page_size").at(-1);
  let pageSize = PAGE_SIZE.default;
  if (rawPageSize !== undefined) {
    const parsed = parseQueryInteger(rawPageSize, "page_size", PAGE_SIZE);
    if ("issues" in parsed) return validationError(parsed.issues);
    pageSize = parsed.value;
  }
  // A bare `cursor=` asks for the first page rather than failing.
  const page = store.list(pageSize, query.getAll("cursor").at(-1) || null);
  return page ? jsonResponse(200, page) : invalidCursor();
};

const create: Operation = (request, _params, { store, titleMaxLength }) =>
  withBody(
    request,
    (body) => [
      ...checkField(body, "title", (title) => checkString(title, ["body", "title"], { min: 1, max: titleMaxLength })),
      ...checkDescription(body),
    ],
    (body) => jsonResponse(200, store.create(body.title as string, (body.description as string | null | undefined) ?? null)),
  );

const get: Operation = (_request, { tag_id: tagId = "" }, { store }) => {
  const tag = store.get(tagId);
  return tag ? jsonResponse(200, tag) : tagNotFound(tagId);
};

const update: Operation = (request, { tag_id: tagId = "" }, { store, titleMaxLength }) =>
  withBody(
    request,
    (body) => [
      ...(body.title === undefined || body.title === null
        ? []
        : checkString(body.title, ["body", "title"], { min: 1, max: titleMaxLength })),
      ...checkDescription(body),
    ],
    (body) => {
      // A null title leaves the title alone; a null description clears it.
      const changes: TagChanges = {};
      if (typeof body.title === "string") changes.title = body.title;
      if (Object.hasOwn(body, "description")) changes.description = body.description as string | null;
      const tag = store.update(tagId, changes);
      return tag ? jsonResponse(200, tag) : tagNotFound(tagId);
    },
  );

const remove: Operation = (_request, { tag_id: tagId = "" }, { store }) =>
  store.remove(tagId) ? noContent() : tagNotFound(tagId);

const assign: Operation = (request, { conversation_id: conversationId = "" }, { store }) =>
  withBody(
    request,
    (body) =>
      checkField(body, "tag_ids", (tagIds) =>
        checkStringList(tagIds, ["body", "tag_ids"], ASSIGN_TAG_IDS.min, ASSIGN_TAG_IDS.max),
      ),
    (body) => {
      const [unknown] = store.assign(conversationId, body.tag_ids as string[]);
      return unknown === undefined ? noContent() : tagNotFound(unknown);
    },
  );

const unassign: Operation = (_request, { conversation_id: conversationId = "", tag_id: tagId = "" }, { store }) => {
  if (!store.get(tagId)) return tagNotFound(tagId);
  store.unassign(conversationId, tagId);
  return noContent();
};

const OPERATIONS: Record<TagOperationName, Operation> = {
  listTags: list,
  createTag: create,
  getTag: get,
  updateTag: update,
  deleteTag: remove,
  assignTags: assign,
  unassignTag: unassign,
  listConversations: (request, _params, { conversations }) => listConversations(request, conversations),
};

/** The operation for a route and method, or `undefined` when the method is not served there. */
export function operationFor(route: TagRoute, method: string): Operation | undefined {
  if (!Object.hasOwn(route.operations, method)) return undefined;
  const name = route.operations[method as TagRouteMethod];
  return name === undefined ? undefined : OPERATIONS[name];
}
