/**
 * The shadcn/ui way (its react-hook-form guide): `useForm` with `zodResolver`, a `Controller` per
 * field rendering `Field`/`Input` primitives, the counter fed `field.value` inside the render prop,
 * plain `fetch`, and `setError(..., { type: "server" })` for the server's 422.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import * as z from "zod";
import { TAG_DESCRIPTION_MAX_LENGTH, TAG_TITLE_MAX_LENGTH } from "../../src/core/tag.js";
import { describedBy, fieldIds } from "./shared/FieldShell";
import { Counter } from "./shared/Counter";
import { FormFooter } from "./shared/FormFooter";
import { postTag, type FieldName } from "./shared/postTag";
import { text } from "./shared/text";
import { Field, FieldDescription, FieldError, FieldLabel, Input, Textarea } from "./shadcn/ui";
import type { PeerProps } from "./types";

// zod 4.5+ counts code points in `max`, as the server does.
const schema = z.object({
  title: z.string().trim().min(1, text.titleRequired).max(TAG_TITLE_MAX_LENGTH, text.titleTooLong(TAG_TITLE_MAX_LENGTH)),
  description: z.string().trim().max(TAG_DESCRIPTION_MAX_LENGTH, text.descriptionTooLong(TAG_DESCRIPTION_MAX_LENGTH)),
});

/** The shadcn-style react-hook-form create-tag form. */
export function ShadcnForm({ baseUrl }: PeerProps) {
  const base = useId();
  const ids = { title: fieldIds(base, "title"), description: fieldIds(base, "description") };
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { title: "", description: "" },
  });

  async function onSubmit(values: z.output<typeof schema>) {
    setCreated(null);
    const result = await postTag(baseUrl, values.title, values.description);
    if (result.ok) {
      form.reset();
      setCreated(text.created(result.title));
      return;
    }
    const { form: formError, ...fields } = result.errors;
    for (const [name, message] of Object.entries(fields) as [FieldName, string][]) {
      form.setError(name, { type: "server", message }, { shouldFocus: true });
    }
    if (formError) form.setError("root.server", { type: "server", message: formError });
  }

  return (
    <form noValidate data-ctk="" data-slot="root" onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
      <Controller
        name="title"
        control={form.control}
        render={({ field, fieldState }) => (
          <Field data-slot="title-field" data-invalid={fieldState.invalid || undefined}>
            <FieldLabel htmlFor={ids.title.input} id={ids.title.label} data-slot="title-label">
              {text.titleLabel}
            </FieldLabel>
            <Input
              {...field}
              type="text"
              autoComplete="off"
              id={ids.title.input}
              aria-invalid={fieldState.invalid}
              aria-describedby={describedBy(ids.title, false, fieldState.invalid)}
              data-invalid={fieldState.invalid || undefined}
              data-slot="title-input"
            />
            <Counter value={field.value} max={TAG_TITLE_MAX_LENGTH} id={ids.title.counter} data-slot="title-counter" />
            {fieldState.invalid && <FieldError id={ids.title.error} data-slot="title-error" errors={[fieldState.error]} />}
          </Field>
        )}
      />
      <Controller
        name="description"
        control={form.control}
        render={({ field, fieldState }) => (
          <Field data-slot="description-field" data-invalid={fieldState.invalid || undefined}>
            <FieldLabel htmlFor={ids.description.input} id={ids.description.label} data-slot="description-label">
              {text.descriptionLabel}
            </FieldLabel>
            <FieldDescription id={ids.description.hint} data-slot="description-hint">
              {text.descriptionHint}
            </FieldDescription>
            <Textarea
              {...field}
              rows={3}
              id={ids.description.input}
              aria-invalid={fieldState.invalid}
              aria-describedby={describedBy(ids.description, true, fieldState.invalid)}
              data-invalid={fieldState.invalid || undefined}
              data-slot="description-input"
            />
            <Counter
              value={field.value}
              max={TAG_DESCRIPTION_MAX_LENGTH}
              id={ids.description.counter}
              data-slot="description-counter"
            />
            {fieldState.invalid && (
              <FieldError id={ids.description.error} data-slot="description-error" errors={[fieldState.error]} />
            )}
          </Field>
        )}
      />
      <FormFooter
        alert={form.formState.errors.root?.server?.message}
        created={created}
        pending={form.formState.isSubmitting}
        submitLabel={text.submitLabel}
        submittingLabel={text.submittingLabel}
      />
    </form>
  );
}

/** The peer module: the form and the component that owns its state. */
export const Form = ShadcnForm;
/** Renders of this component are the "form root" commits. */
export const formRoot = ShadcnForm;
