/**
 * The shadcn/ui v4 primitives the form uses (`field.tsx`, `input.tsx`, `textarea.tsx`), reduced
 * to their markup: plain function components, `data-slot` on every part, props spread last so a
 * caller's `data-slot` wins. Without Tailwind, `cn` (clsx + tailwind-merge) is left out, which
 * makes this peer a little smaller than a real shadcn install.
 */
import type { ComponentProps } from "react";

/** A field group (`role="group"`). */
export function Field(props: ComponentProps<"div">) {
  return <div role="group" data-slot="field" {...props} />;
}

/** The field's label. */
export function FieldLabel(props: ComponentProps<"label">) {
  return <label data-slot="field-label" {...props} />;
}

/** Help text under the label. */
export function FieldDescription(props: ComponentProps<"p">) {
  return <p data-slot="field-description" {...props} />;
}

/** The field's errors, one message or a list, as shadcn renders them. */
export function FieldError({
  errors,
  ...props
}: ComponentProps<"div"> & { errors?: ({ message?: string | undefined } | undefined)[] }) {
  const messages = [...new Set((errors ?? []).map((error) => error?.message).filter(Boolean))];
  if (messages.length === 0) return null;
  return (
    <div role="alert" data-slot="field-error" {...props}>
      {messages.length === 1 ? messages[0] : (
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A text input. */
export function Input(props: ComponentProps<"input">) {
  return <input data-slot="input" {...props} />;
}

/** A textarea. */
export function Textarea(props: ComponentProps<"textarea">) {
  return <textarea data-slot="textarea" {...props} />;
}
