/**
 * TanStack Form as its docs show it: `useForm` with a zod schema as the form's `onChange`
 * validator (Standard Schema), one `form.Field` render prop per input, `form.Subscribe` for the
 * button; plain `fetch`, the server's 422 kept beside the form and cleared when the field changes.
 */
import { useForm } from "@tanstack/react-form";
import { useId, useState } from "react";
import * as z from "zod";
import { TAG_DESCRIPTION_MAX_LENGTH, TAG_TITLE_MAX_LENGTH } from "../../src/core/tag.js";
import { describedBy, FieldShell, fieldIds } from "./shared/FieldShell";
import { FormFooter } from "./shared/FormFooter";
import { postTag, type FieldName, type ServerErrors } from "./shared/postTag";
import { text } from "./shared/text";
import type { PeerProps } from "./types";

// zod 4.5+ counts code points in `max`, as the server does.
const schema = z.object({
  title: z.string().trim().min(1, text.titleRequired).max(TAG_TITLE_MAX_LENGTH, text.titleTooLong(TAG_TITLE_MAX_LENGTH)),
  description: z.string().trim().max(TAG_DESCRIPTION_MAX_LENGTH, text.descriptionTooLong(TAG_DESCRIPTION_MAX_LENGTH)),
});

function firstMessage(errors: readonly unknown[]): string | undefined {
  const first = errors[0] as { message?: string } | string | undefined;
  return typeof first === "string" ? first : first?.message;
}

/** The TanStack Form create-tag form. */
export function TanStackForm({ baseUrl }: PeerProps) {
  const base = useId();
  const ids = { title: fieldIds(base, "title"), description: fieldIds(base, "description") };
  const [serverErrors, setServerErrors] = useState<ServerErrors>({});
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm({
    defaultValues: { title: "", description: "" },
    validators: { onChange: schema },
    onSubmit: async ({ value, formApi }) => {
      setCreated(null);
      setServerErrors({});
      const result = await postTag(baseUrl, value.title.trim(), value.description.trim());
      if (result.ok) {
        formApi.reset();
        setCreated(text.created(result.title));
      } else {
        setServerErrors(result.errors);
      }
    },
  });

  function clearServerError(name: FieldName) {
    if (serverErrors[name] !== undefined) setServerErrors((errors) => ({ ...errors, [name]: undefined }));
  }

  return (
    <form
      noValidate
      data-ctk=""
      data-slot="root"
      onSubmit={(event) => {
        event.preventDefault();
        event.stopPropagation();
        void form.handleSubmit();
      }}
    >
      <form.Field name="title">
        {(field) => {
          const error = serverErrors.title ?? (field.state.meta.isTouched ? firstMessage(field.state.meta.errors) : undefined);
          return (
            <FieldShell
              name="title"
              ids={ids.title}
              label={text.titleLabel}
              error={error}
              value={field.state.value}
              max={TAG_TITLE_MAX_LENGTH}
            >
              <input
                type="text"
                autoComplete="off"
                id={ids.title.input}
                name={field.name}
                value={field.state.value}
                onBlur={field.handleBlur}
                onChange={(event) => {
                  field.handleChange(event.target.value);
                  clearServerError("title");
                }}
                aria-invalid={Boolean(error)}
                aria-describedby={describedBy(ids.title, false, Boolean(error))}
                data-invalid={error ? true : undefined}
                data-slot="title-input"
              />
            </FieldShell>
          );
        }}
      </form.Field>
      <form.Field name="description">
        {(field) => {
          const error =
            serverErrors.description ?? (field.state.meta.isTouched ? firstMessage(field.state.meta.errors) : undefined);
          return (
            <FieldShell
              name="description"
              ids={ids.description}
              label={text.descriptionLabel}
              hint={text.descriptionHint}
              error={error}
              value={field.state.value}
              max={TAG_DESCRIPTION_MAX_LENGTH}
            >
              <textarea
                rows={3}
                id={ids.description.input}
                name={field.name}
                value={field.state.value}
                onBlur={field.handleBlur}
                onChange={(event) => {
                  field.handleChange(event.target.value);
                  clearServerError("description");
                }}
                aria-invalid={Boolean(error)}
                aria-describedby={describedBy(ids.description, true, Boolean(error))}
                data-invalid={error ? true : undefined}
                data-slot="description-input"
              />
            </FieldShell>
          );
        }}
      </form.Field>
      <form.Subscribe selector={(state) => state.isSubmitting}>
        {(isSubmitting) => (
          <FormFooter
            alert={serverErrors.form}
            created={created}
            pending={isSubmitting}
            submitLabel={text.submitLabel}
            submittingLabel={text.submittingLabel}
          />
        )}
      </form.Subscribe>
    </form>
  );
}

/** The peer module: the form and the component that owns its state. */
export const Form = TanStackForm;
/** Renders of this component are the "form root" commits. */
export const formRoot = TanStackForm;
