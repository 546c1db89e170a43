"use client";

import {
  defaultMessages,
  TAG_DESCRIPTION_MAX_LENGTH,
  TAG_TITLE_MAX_LENGTH,
  type TagValidationCode,
} from "convai-tag-kit";
import { useActionState, useId } from "react";
import { quickAddTag, type QuickAddState } from "./actions";

const initialState: QuickAddState = { status: "idle", title: "" };

// The kit's own wording for each rule, so the server's verdict reads like the browser form's.
function describe(code: TagValidationCode): string {
  switch (code) {
    case "title_required":
      return defaultMessages.titleRequired;
    case "title_too_long":
      return defaultMessages.titleTooLong(TAG_TITLE_MAX_LENGTH);
    case "title_malformed":
      return defaultMessages.titleMalformed;
    case "description_too_long":
      return defaultMessages.descriptionTooLong(TAG_DESCRIPTION_MAX_LENGTH);
    case "description_malformed":
      return defaultMessages.descriptionMalformed;
  }
}

/**
 * A one-field form posted to a server action: it works before (and without) JavaScript, and the
 * server checks the title with `convai-tag-kit/core`, whatever the browser did or did not check.
 */
export function QuickAddTag() {
  const [state, formAction, pending] = useActionState(quickAddTag, initialState);
  const inputId = useId();
  const errorId = useId();
  const error =
    state.status === "invalid" && state.error
      ? [describe(state.error), state.over ? defaultMessages.charactersTooMany(state.over) : null].filter(Boolean).join(". ")
      : state.status === "failed"
        ? state.message
        : undefined;

  return (
    <section aria-labelledby="quick-add-heading">
      <h2 id="quick-add-heading">Quick add</h2>
      <form action={formAction} className="quick-add" noValidate>
        <label htmlFor={inputId}>Tag title</label>
        <input
          id={inputId}
          name="title"
          defaultValue={state.title}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add on the server"}
        </button>
        {error && (
          <p id={errorId} className="error">
            {error}
          </p>
        )}
        <p role="status">{state.created ? defaultMessages.created(state.created) : null}</p>
      </form>
    </section>
  );
}
