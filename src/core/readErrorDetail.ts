/** Reads the `detail` of an error body, in every shape the API and gateways send, into messages. */
import type { TagFieldErrors, TagsApiErrorInit } from "./errors.js";

interface ValidationItem {
  loc: (string | number)[];
  msg: string;
}

function isValidationItem(value: unknown): value is ValidationItem {
  if (typeof value !== "object" || value === null) return false;
  const item = value as Record<string, unknown>;
  return Array.isArray(item.loc) && typeof item.msg === "string";
}

function isTagField(value: unknown): value is keyof TagFieldErrors {
  return value === "title" || value === "description";
}

/** The words of a `detail` item that is not `{loc, msg}`: its `msg` or `message`, or the item when it is a string. */
function looseMessage(item: unknown): string | null {
  if (typeof item === "string") return item;
  if (typeof item !== "object" || item === null) return null;
  const { msg, message } = item as { msg?: unknown; message?: unknown };
  return typeof msg === "string" ? msg : typeof message === "string" ? message : null;
}

type ErrorDetail = Pick<TagsApiErrorInit, "fieldErrors" | "formErrors" | "code">;

/** A FastAPI 422 list: `{loc: ["body", field], msg}` on its field, anything else (with its words) on the form. */
function readDetailList(detail: unknown[]): ErrorDetail {
  const fieldErrors: TagFieldErrors = {};
  const formErrors: string[] = [];
  for (const item of detail) {
    if (!isValidationItem(item)) {
      // A shape we did not expect still says something; dropping it would leave an empty refusal.
      const message = looseMessage(item);
      if (message !== null) formErrors.push(message);
      continue;
    }
    const [where, field, ...rest] = item.loc;
    if (where === "body" && isTagField(field) && rest.length === 0) {
      (fieldErrors[field] ??= []).push(item.msg);
    } else {
      const path = item.loc.slice(where === "body" ? 1 : 0).join(".");
      formErrors.push(path ? `${path}: ${item.msg}` : item.msg);
    }
  }
  return { fieldErrors, formErrors };
}

/**
 * A `detail` object: `{status, message}`, or the newer `{type, code, message, request_id, param}`,
 * whose `param` names the request field at fault (`"title"` lands there, like a 422).
 */
function readDetailObject(detail: object): ErrorDetail {
  const fieldErrors: TagFieldErrors = {};
  const formErrors: string[] = [];
  const { message, status, code, param } = detail as { message?: unknown; status?: unknown; code?: unknown; param?: unknown };
  const text = typeof message === "string" ? message : typeof status === "string" ? status : null;
  if (text !== null && isTagField(param)) fieldErrors[param] = [text];
  else if (text !== null && typeof param === "string" && param !== "") formErrors.push(`${param}: ${text}`);
  else if (text !== null) formErrors.push(text);
  const reason = typeof code === "string" ? code : typeof status === "string" ? status : null;
  return { fieldErrors, formErrors, code: reason };
}

/** Reads the FastAPI/ElevenLabs `detail` of an error body into field and form messages. */
export function readErrorDetail(body: unknown): ErrorDetail {
  const detail = typeof body === "object" && body !== null ? (body as { detail?: unknown }).detail : undefined;
  if (typeof detail === "string") return { fieldErrors: {}, formErrors: [detail] };
  if (Array.isArray(detail)) return readDetailList(detail);
  if (typeof detail === "object" && detail !== null) return readDetailObject(detail);
  return { fieldErrors: {}, formErrors: [] };
}
