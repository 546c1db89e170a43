import { useEffect, useState, type ComponentProps } from "react";
import { useWatch, type Control } from "react-hook-form";
import type { TagFieldName } from "../core/tag.js";
import type { CreateTagFormOutput, CreateTagFormValues } from "./tagFormTypes.js";
import { mergeMessages } from "../internal/mergeMessages.js";
import { defaultMessages, type TagMessages } from "./messages.js";
import { countCharacters, TAG_DESCRIPTION_MAX_LENGTH, TAG_TITLE_MAX_LENGTH } from "../core/tag.js";
import { visuallyHidden } from "../internal/visuallyHidden.js";

/** How full the field is: below the threshold, from it up to the limit, or past the limit. */
export type CharacterCountState = "under" | "near" | "over";

/** Where the counter reads its text: a form field it watches, or a `value` you pass. */
export type CharacterCountSource =
  | {
      /** `form.control` from `useCreateTagForm`; the counter watches only its own field. */
      control: Control<CreateTagFormValues, unknown, CreateTagFormOutput>;
      name: TagFieldName;
      value?: undefined;
    }
  | {
      /** Text to count, for use outside the form (then `max` is needed). */
      value: string;
      control?: undefined;
      name?: undefined;
    };

/** Props of {@link CharacterCount}: a source, options, and any `<div>` prop. */
export type CharacterCountProps = CharacterCountSource &
  Omit<ComponentProps<"div">, "children"> & {
    /** The limit; defaults to the field's limit from `tag.ts` (the title's without `name`). */
    max?: number;
    /** Fraction of `max` from which the live region speaks; default 0.8. */
    threshold?: number;
    /** Milliseconds typing must pause before the live region speaks; default 1000. */
    delay?: number;
    /** Text overrides (`characterCount`, `characterLimit`, `charactersRemaining`, `charactersTooMany`). */
    messages?: Partial<TagMessages>;
  };

type ViewProps = Omit<CharacterCountProps, keyof CharacterCountSource> & { value: string; max: number };

function CharacterCountView({ value, max, threshold = 0.8, delay = 1000, messages, ...rest }: ViewProps) {
  const text = mergeMessages(defaultMessages, messages);
  // What is sent is trimmed, so that is what counts.
  const count = countCharacters(value.trim());
  const state: CharacterCountState = count > max ? "over" : count >= max * threshold ? "near" : "under";
  const message =
    state === "under" ? "" : state === "over" ? text.charactersTooMany(count - max) : text.charactersRemaining(max - count);
  // Starting from the current message keeps a prefilled field quiet on load.
  const [spoken, setSpoken] = useState(message);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSpoken(message);
    }, delay);
    return () => {
      clearTimeout(timer);
    };
  }, [message, delay]);

  return (
    <div data-slot="character-count" data-state={state} {...rest}>
      <span aria-hidden="true">{text.characterCount(count, max)}</span>
      <span style={visuallyHidden}>{text.characterLimit(max)}</span>
      <span aria-live="polite" style={visuallyHidden}>
        {spoken}
      </span>
    </div>
  );
}

function WatchedCharacterCount({
  control,
  name,
  max,
  ...rest
}: Omit<CharacterCountProps, "value" | "control" | "name"> & {
  control: Control<CreateTagFormValues, unknown, CreateTagFormOutput>;
  name: TagFieldName;
}) {
  const value = useWatch({ control, name });
  const limit = max ?? (name === "title" ? TAG_TITLE_MAX_LENGTH : TAG_DESCRIPTION_MAX_LENGTH);
  return <CharacterCountView value={value ?? ""} max={limit} {...rest} />;
}

/**
 * A GOV.UK-style character counter. The visible "12 / 120" is hidden from screen readers; a
 * visually hidden polite live region says "N characters remaining" (or "too many") once typing
 * pauses for `delay` ms, and only from `threshold` of the limit. With `control` and `name` it
 * watches just that field, so typing re-renders the counter and nothing else; with `value` it
 * counts what you pass. Counts code points of the trimmed text, as the server does.
 */
export function CharacterCount({ control, name, value, max, ...rest }: CharacterCountProps) {
  if (control) return <WatchedCharacterCount control={control} name={name} max={max} {...rest} />;
  return <CharacterCountView value={value} max={max ?? TAG_TITLE_MAX_LENGTH} {...rest} />;
}
