/**
 * Formik as its docs show it: `useFormik` with its own `validate` function (run on every change
 * and blur, Formik's defaults), `handleChange` on controlled inputs, errors shown once touched,
 * plain `fetch` and `setErrors` for the server's 422.
 */
import { useFormik } from "formik";
import { useId, useState } from "react";
import { countCharacters, TAG_DESCRIPTION_MAX_LENGTH, TAG_TITLE_MAX_LENGTH } from "../../src/core/tag.js";
import { describedBy, FieldShell, fieldIds } from "./shared/FieldShell";
import { FormFooter } from "./shared/FormFooter";
import { postTag } from "./shared/postTag";
import { text } from "./shared/text";
import type { PeerProps } from "./types";

interface Values {
  title: string;
  description: string;
}

function validate(values: Values): Partial<Record<keyof Values, string>> {
  const errors: Partial<Record<keyof Values, string>> = {};
  const title = values.title.trim();
  if (title === "") errors.title = text.titleRequired;
  else if (countCharacters(title) > TAG_TITLE_MAX_LENGTH) errors.title = text.titleTooLong(TAG_TITLE_MAX_LENGTH);
  if (countCharacters(values.description.trim()) > TAG_DESCRIPTION_MAX_LENGTH) {
    errors.description = text.descriptionTooLong(TAG_DESCRIPTION_MAX_LENGTH);
  }
  return errors;
}

/** The Formik create-tag form. */
export function FormikForm({ baseUrl }: PeerProps) {
  const base = useId();
  const titleIds = fieldIds(base, "title");
  const descriptionIds = fieldIds(base, "description");
  const [created, setCreated] = useState<string | null>(null);
  const formik = useFormik<Values>({
    initialValues: { title: "", description: "" },
    validate,
    onSubmit: async (values, helpers) => {
      setCreated(null);
      helpers.setStatus(undefined);
      const result = await postTag(baseUrl, values.title.trim(), values.description.trim());
      if (result.ok) {
        helpers.resetForm();
        setCreated(text.created(result.title));
        return;
      }
      const { form, ...fields } = result.errors;
      helpers.setErrors(fields);
      helpers.setStatus(form);
    },
  });
  const titleError = formik.touched.title ? formik.errors.title : undefined;
  const descriptionError = formik.touched.description ? formik.errors.description : undefined;

  return (
    <form noValidate data-ctk="" data-slot="root" onSubmit={formik.handleSubmit}>
      <FieldShell
        name="title"
        ids={titleIds}
        label={text.titleLabel}
        error={titleError}
        value={formik.values.title}
        max={TAG_TITLE_MAX_LENGTH}
      >
        <input
          type="text"
          autoComplete="off"
          id={titleIds.input}
          name="title"
          value={formik.values.title}
          onChange={formik.handleChange}
          onBlur={formik.handleBlur}
          aria-invalid={Boolean(titleError)}
          aria-describedby={describedBy(titleIds, false, Boolean(titleError))}
          data-invalid={titleError ? true : undefined}
          data-slot="title-input"
        />
      </FieldShell>
      <FieldShell
        name="description"
        ids={descriptionIds}
        label={text.descriptionLabel}
        hint={text.descriptionHint}
        error={descriptionError}
        value={formik.values.description}
        max={TAG_DESCRIPTION_MAX_LENGTH}
      >
        <textarea
          rows={3}
          id={descriptionIds.input}
          name="description"
          value={formik.values.description}
          onChange={formik.handleChange}
          onBlur={formik.handleBlur}
          aria-invalid={Boolean(descriptionError)}
          aria-describedby={describedBy(descriptionIds, true, Boolean(descriptionError))}
          data-invalid={descriptionError ? true : undefined}
          data-slot="description-input"
        />
      </FieldShell>
      <FormFooter
        alert={formik.status as string | undefined}
        created={created}
        pending={formik.isSubmitting}
        submitLabel={text.submitLabel}
        submittingLabel={text.submittingLabel}
      />
    </form>
  );
}

/** The peer module: the form and the component that owns its state. */
export const Form = FormikForm;
/** Renders of this component are the "form root" commits. */
export const formRoot = FormikForm;
