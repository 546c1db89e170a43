/** Every way a call to the tags API can fail, as one error class with a `kind`. */
import { readErrorDetail } from "./readErrorDetail.js";

/** What went wrong, in terms a UI can choose a message for. */
export type TagsApiErrorKind =
  | "validation"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "rate_limited"
  | "server"
  | "network"
  | "timeout"
  | "invalid_response";

/** Server messages per request field, from a 422 `detail` list. */
export interface TagFieldErrors {
  title?: string[];
  description?: string[];
}

/** Everything a {@link TagsApiError} is made of. */
export interface TagsApiErrorInit {
  kind: TagsApiErrorKind;
  /** HTTP status, or `null` when no response arrived (network, timeout). */
  status?: number | null;
  message?: string;
  fieldErrors?: TagFieldErrors;
  formErrors?: string[];
  /** A machine-readable reason from the body (`detail.code`, or `detail.status` as the proxy sends it). */
  code?: string | null;
  retryAfterSeconds?: number | null;
  body?: unknown;
  cause?: unknown;
}

const brand = Symbol.for("convai-tag-kit.TagsApiError");

/**
 * The one error every client call rejects with. `instanceof` holds even across two copies of the
 * kit in one bundle, because it checks a global brand rather than the prototype chain.
 */
export class TagsApiError extends Error {
  /** What went wrong. */
  readonly kind: TagsApiErrorKind;
  /** HTTP status, or `null` when no response arrived. */
  readonly status: number | null;
  /** Server messages for `title` and `description` (from a 422). */
  readonly fieldErrors: TagFieldErrors;
  /** Server messages not tied to a field the form shows. Never raw HTML. */
  readonly formErrors: string[];
  /**
   * A machine-readable reason from the body, e.g. `"forbidden_origin"` when the kit's proxy refused
   * the page's origin, or the API's own `detail.code`; `null` when the body had none.
   */
  readonly code: string | null;
  /** Seconds to wait before retrying, from `Retry-After`. */
  readonly retryAfterSeconds: number | null;
  /** The response body as received: parsed JSON, text, or `null`. */
  readonly body: unknown;

  constructor(init: TagsApiErrorInit) {
    super(init.message ?? describe(init), { cause: init.cause });
    this.name = "TagsApiError";
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.fieldErrors = init.fieldErrors ?? {};
    this.formErrors = init.formErrors ?? [];
    this.code = init.code ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.body = init.body ?? null;
    Object.defineProperty(this, brand, { value: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && brand in value;
  }
}

function describe(init: TagsApiErrorInit): string {
  const details = [
    ...Object.entries(init.fieldErrors ?? {}).flatMap(([field, messages]: [string, string[]]) =>
      messages.map((m) => `${field}: ${m}`),
    ),
    ...(init.formErrors ?? []),
  ];
  const head = init.status ? `Tags API ${init.kind} error (${init.status})` : `Tags API ${init.kind} error`;
  return details.length > 0 ? `${head}: ${details.join("; ")}` : head;
}

/** A failure the same request would meet again: any 4xx, or an answer that broke the contract. */
export function isClientError(error: TagsApiError): boolean {
  return error.kind === "invalid_response" || (error.status !== null && error.status >= 400 && error.status < 500);
}

/** react-query's `retry` option, typed for the kit's errors. */
export type TagsRetryOption = boolean | number | ((failureCount: number, error: TagsApiError) => boolean);

/** The read policy: retries only failures a retry can fix, never a 4xx, at most twice. */
export function shouldRetryTagRequest(failureCount: number, error: TagsApiError): boolean {
  return !isClientError(error) && failureCount < 2;
}

/**
 * The write policy: no retry unless the caller asks (`retry` as react-query reads it), and never a
 * 4xx, whatever the caller asked, since the same request would fail the same way.
 */
export function retryWrite(retry: TagsRetryOption | undefined) {
  return (failureCount: number, error: TagsApiError): boolean => {
    if (isClientError(error)) return false;
    if (typeof retry === "function") return retry(failureCount, error);
    if (typeof retry === "number") return failureCount < retry;
    return retry === true;
  };
}

/** Maps an HTTP status to the kind of failure a person should hear about. */
export function errorKindForStatus(status: number): TagsApiErrorKind {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 429) return "rate_limited";
  if (status === 408 || status === 504) return "timeout";
  if (status === 400 || status === 413 || status === 422) return "validation";
  return "server";
}

/** `Retry-After` as seconds: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Builds the error for a non-2xx response. HTML or empty bodies are kept in `body`, never shown. */
export async function tagsApiErrorFromResponse(response: Response): Promise<TagsApiError> {
  const text = await response.text().catch(() => "");
  let body: unknown = text || null;
  try {
    if (text) body = JSON.parse(text);
  } catch {
    // A gateway's HTML page or plain text: keep it raw for debugging only.
  }
  return new TagsApiError({
    kind: errorKindForStatus(response.status),
    status: response.status,
    retryAfterSeconds: parseRetryAfter(response.headers.get("retry-after")),
    body,
    ...readErrorDetail(body),
  });
}
