import { TagsApiError } from "../core/errors.js";
import type { TagMessages } from "./messages.js";

/**
 * The sentence a person should read for a failure, as the form's alert words it: pass any error
 * (a `TagsApiError` by its `kind`, anything else as unknown) and `defaultMessages` or your own.
 * For headless UIs, toasts and your own mutations. Never shows raw HTML.
 */
export function describeTagError(error: unknown, messages: TagMessages): string {
  if (!(error instanceof TagsApiError)) return messages.errorUnknown;
  switch (error.kind) {
    case "validation":
      return messages.errorValidation(error.formErrors);
    case "unauthorized":
      return messages.errorUnauthorized;
    case "forbidden":
      return error.code === "forbidden_origin" ? messages.errorForbiddenOrigin : messages.errorForbidden;
    case "not_found":
      return messages.errorNotFound;
    case "rate_limited":
      return messages.errorRateLimited(error.retryAfterSeconds);
    case "server":
      return messages.errorServer;
    case "network":
      return messages.errorNetwork;
    case "timeout":
      return messages.errorTimeout;
    case "invalid_response":
      return messages.errorInvalidResponse;
  }
}
