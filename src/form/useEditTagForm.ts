import type { UseMutationResult } from "@tanstack/react-query";
import { useState } from "react";
import type { TagsApiError } from "../core/errors.js";
import type { ConversationTag, UpdateTagRequest } from "../core/tag.js";
import { useUpdateTag, type UpdateTagVariables, type UseUpdateTagOptions } from "../react/useUpdateTag.js";
import { mergeMessages } from "../internal/mergeMessages.js";
import { defaultEditTagMessages, type EditTagMessages } from "./editMessages.js";
import type { UseCreateTagFormOptions, UseCreateTagFormResult } from "./useCreateTagForm.js";
import { useTagFormEngine } from "./useTagFormEngine.js";
import type { CreateTagFormOutput, CreateTagFormStatus, CreateTagFormValues } from "./tagFormTypes.js";

/** Options of {@link useEditTagForm}: the tag, and the create form's options that make sense here. */
export interface UseEditTagFormOptions<TContext = unknown>
  extends Pick<UseCreateTagFormOptions, "onError" | "showDescription" | "formOptions"> {
  /** The tag to edit; the inputs start with its title and description. */
  tag: ConversationTag;
  /** Runs after the API saved the change, with the tag as the server returned it. */
  onSuccess?: (tag: ConversationTag) => void;
  /** Passed through to {@link useUpdateTag} (e.g. `retry`, `onSettled`). */
  mutationOptions?: UseUpdateTagOptions<TContext>;
  /** Text overrides on top of `defaultEditTagMessages`. */
  messages?: Partial<EditTagMessages>;
}

/**
 * Every key of {@link UseEditTagFormOptions}, at run time: `EditTagForm` passes exactly these to
 * the hook and the rest on; a new option missing here fails to compile.
 */
export const editTagFormOptionKeys = {
  tag: true,
  onSuccess: true,
  onError: true,
  showDescription: true,
  formOptions: true,
  mutationOptions: true,
  messages: true,
} as const satisfies Record<keyof UseEditTagFormOptions, true>;

/** Where the edit form is: the create form's statuses, plus `"unchanged"` after a submit with no change. */
export type EditTagFormStatus = CreateTagFormStatus | "unchanged";

/** Everything an edit-tag UI needs: the create form's result, for the update mutation. */
export interface UseEditTagFormResult<TContext = unknown>
  extends Omit<UseCreateTagFormResult<TContext>, "mutation" | "status" | "createdTag" | "messages"> {
  mutation: UseMutationResult<ConversationTag, TagsApiError, UpdateTagVariables, TContext>;
  status: EditTagFormStatus;
  /** The tag as last saved, while `status` is `"success"`. */
  savedTag: ConversationTag | null;
  messages: EditTagMessages;
}

function valuesOf(tag: ConversationTag): CreateTagFormValues {
  return { title: tag.title, description: tag.description ?? "" };
}

/** Only the fields that differ from `tag`; a cleared description is `null`. `null` when none differ. */
function changesTo(tag: ConversationTag, values: CreateTagFormOutput): UpdateTagRequest | null {
  const changes: UpdateTagRequest = {};
  if (values.title !== tag.title) changes.title = values.title;
  const description = values.description ?? null;
  if (description !== tag.description) changes.description = description;
  return Object.keys(changes).length > 0 ? changes : null;
}

/**
 * The headless edit-tag form: the create form's engine in edit mode. Same rules, counters,
 * messages and 422 placement; `PATCH` sends only what changed (a cleared description as `null`),
 * and a submit with no change sends nothing and says so (`status: "unchanged"`). A 404 says the tag
 * was deleted, and the tag leaves the cached lists.
 */
export function useEditTagForm<TContext = unknown>(options: UseEditTagFormOptions<TContext>): UseEditTagFormResult<TContext> {
  // What the server last said the tag is: after a save, the next diff starts from there.
  const [baseline, setBaseline] = useState(options.tag);
  const mutation = useUpdateTag(options.mutationOptions);
  const merged = mergeMessages(defaultEditTagMessages, options.messages);
  // The engine words a 404 through errorNotFound: here a 404 means the tag is gone.
  const messages = { ...merged, errorNotFound: merged.errorTagDeleted };
  const { tag, unchanged, ...engine } = useTagFormEngine(
    {
      ...options,
      onSuccess: (saved) => {
        setBaseline(saved);
        options.onSuccess?.(saved);
      },
    },
    {
      mutation,
      toVariables: (values) => {
        const changes = changesTo(baseline, values);
        return changes && { tagId: baseline.tag_id, changes };
      },
      defaultValues: valuesOf(options.tag),
      valuesAfter: valuesOf,
      messages,
    },
  );
  return { ...engine, status: unchanged ? "unchanged" : engine.status, savedTag: tag, messages };
}
