import { useState } from "react";
import { useWatch } from "react-hook-form";
import {
  countCharacters,
  TAG_TITLE_MAX_LENGTH,
  useCreateTagForm,
  useTagField,
  type ConversationTag,
  type UseCreateTagFormOptions,
} from "../../src";

/**
 * A "quick add" bar built only on `useCreateTagForm`: one field, a button beside it, and the tags
 * added so far as chips. The hook brings validation, the request, error placement, focus and ids;
 * the markup is all yours. Its props below are the hook's options.
 */
export function QuickAddTag(options: UseCreateTagFormOptions) {
  const [added, setAdded] = useState<ConversationTag[]>([]);
  const tagForm = useCreateTagForm({
    showDescription: false,
    ...options,
    onSuccess: (tag) => {
      setAdded((tags) => [tag, ...tags]);
      options.onSuccess?.(tag);
    },
  });
  const { form, ids, status, serverError, messages } = tagForm;
  const { error, inputProps } = useTagField(tagForm, "title");
  const left = TAG_TITLE_MAX_LENGTH - countCharacters(useWatch({ control: form.control, name: "title" }));

  return (
    <div style={{ display: "grid", gap: "0.75rem", maxWidth: "32rem", fontFamily: "system-ui, sans-serif" }}>
      <form noValidate onSubmit={(event) => void tagForm.handleSubmit(event)} style={{ display: "grid", gap: "0.25rem" }}>
        <label htmlFor={ids.title.input} style={{ fontWeight: 600 }}>
          {messages.titleLabel}
        </label>
        <div style={{ display: "flex", gap: "0.5rem" }}>
          <input
            {...inputProps}
            placeholder="e.g. Refund"
            style={{ flex: 1, minWidth: 0, padding: "0.4rem 0.6rem", borderRadius: 999, border: "1px solid #767676" }}
          />
          <button type="submit" aria-busy={status === "submitting"} style={{ borderRadius: 999, padding: "0.4rem 1rem" }}>
            {status === "submitting" ? "Adding…" : "Add tag"}
          </button>
        </div>
        <small id={ids.title.counter}>{left >= 0 ? `${left} characters left` : `${-left} characters too many`}</small>
        {error === null ? null : (
          <p id={ids.title.error} style={{ margin: 0, fontWeight: 600 }}>
            <span aria-hidden="true">⚠ </span>
            <span>{error}</span>
          </p>
        )}
        {serverError === null ? null : (
          <div {...tagForm.getAlertProps()}>{serverError}</div>
        )}
      </form>
      <ul aria-label="Added tags" style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem", padding: 0, margin: 0 }}>
        {added.map((tag) => (
          <li key={tag.tag_id} style={{ listStyle: "none", border: "1px solid currentColor", borderRadius: 999, padding: "0 0.6rem" }}>
            {tag.title}
          </li>
        ))}
      </ul>
    </div>
  );
}
