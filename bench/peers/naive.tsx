/**
 * The form most teams write first: `useState` per field, controlled inputs, validation by hand,
 * plain `fetch`. Every keystroke re-renders the whole form; that is the baseline.
 */
import { useId, useState, type SubmitEvent } from "react";
import { countCharacters, TAG_DESCRIPTION_MAX_LENGTH, TAG_TITLE_MAX_LENGTH } from "../../src/core/tag.js";
import { describedBy, FieldShell, fieldIds } from "./shared/FieldShell";
import { FormFooter } from "./shared/FormFooter";
import { postTag, type ServerErrors } from "./shared/postTag";
import { text } from "./shared/text";
import type { PeerProps } from "./types";

function validate(title: string, description: string): ServerErrors {
  const errors: ServerErrors = {};
  const t = title.trim();
  if (t === "") errors.title = text.titleRequired;
  else if (countCharacters(t) > TAG_TITLE_MAX_LENGTH) errors.title = text.titleTooLong(TAG_TITLE_MAX_LENGTH);
  if (countCharacters(description.trim()) > TAG_DESCRIPTION_MAX_LENGTH) {
    errors.description = text.descriptionTooLong(TAG_DESCRIPTION_MAX_LENGTH);
  }
  return errors;
}

/** The naive `useState` create-tag form. */
export function NaiveForm({ baseUrl }: PeerProps) {
  const base = useId();
  const titleIds = fieldIds(base, "title");
  const descriptionIds = fieldIds(base, "description");
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [errors, setErrors] = useState<ServerErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  async function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setSubmitted(true);
    const found = validate(title, description);
    setErrors(found);
    if (found.title || found.description) return;
    setPending(true);
    setCreated(null);
    const result = await postTag(baseUrl, title.trim(), description.trim());
    setPending(false);
    if (result.ok) {
      setTitle("");
      setDescription("");
      setSubmitted(false);
      setCreated(text.created(result.title));
    } else {
      setErrors(result.errors);
    }
  }

  return (
    <form noValidate data-ctk="" data-slot="root" onSubmit={(event) => void onSubmit(event)}>
      <FieldShell name="title" ids={titleIds} label={text.titleLabel} error={errors.title} value={title} max={TAG_TITLE_MAX_LENGTH}>
        <input
          type="text"
          autoComplete="off"
          id={titleIds.input}
          name="title"
          value={title}
          aria-invalid={Boolean(errors.title)}
          aria-describedby={describedBy(titleIds, false, Boolean(errors.title))}
          data-invalid={errors.title ? true : undefined}
          data-slot="title-input"
          onChange={(event) => {
            setTitle(event.target.value);
            if (submitted) setErrors(validate(event.target.value, description));
          }}
        />
      </FieldShell>
      <FieldShell
        name="description"
        ids={descriptionIds}
        label={text.descriptionLabel}
        hint={text.descriptionHint}
        error={errors.description}
        value={description}
        max={TAG_DESCRIPTION_MAX_LENGTH}
      >
        <textarea
          rows={3}
          id={descriptionIds.input}
          name="description"
          value={description}
          aria-invalid={Boolean(errors.description)}
          aria-describedby={describedBy(descriptionIds, true, Boolean(errors.description))}
          data-invalid={errors.description ? true : undefined}
          data-slot="description-input"
          onChange={(event) => {
            setDescription(event.target.value);
            if (submitted) setErrors(validate(title, event.target.value));
          }}
        />
      </FieldShell>
      <FormFooter
        alert={errors.form}
        created={created}
        pending={pending}
        submitLabel={text.submitLabel}
        submittingLabel={text.submittingLabel}
      />
    </form>
  );
}

/** The peer module: the form and the component that owns its state. */
export const Form = NaiveForm;
/** Renders of this component are the "form root" commits. */
export const formRoot = NaiveForm;
