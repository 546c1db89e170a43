import { useState } from "react";
import { createTagRequestSchema, type ConversationTag } from "../core/tag.js";
import { useCreateTag } from "../react/useCreateTag.js";

/** What {@link useCreateFromText} reports back to the picker. */
export interface CreateFromTextCallbacks {
  /** Before the request: the trimmed title. */
  onStart: (title: string) => void;
  /** The tag exists; the picker assigns it. */
  onCreated: (tag: ConversationTag, text: string) => void;
  /** The API refused or could not be reached; the text stays. */
  onFailed: (title: string, error: unknown) => void;
}

/**
 * Creates a tag from the typed text with the create form's schema (trimmed, 1 to 120 code points)
 * through `useCreateTag`, one at a time. Remembers the tags it made, so their chips have a title
 * before the refreshed list arrives.
 */
export function useCreateFromText(callbacks: CreateFromTextCallbacks) {
  const mutation = useCreateTag();
  const [creating, setCreating] = useState<string | null>(null);
  const [created, setCreated] = useState<ReadonlyMap<string, ConversationTag>>(new Map());

  async function create(text: string) {
    const parsed = createTagRequestSchema.safeParse({ title: text });
    if (!parsed.success || creating !== null) return;
    const { title } = parsed.data;
    setCreating(title);
    callbacks.onStart(title);
    try {
      const tag = await mutation.mutateAsync({ title, description: null });
      setCreated((map) => new Map(map).set(tag.tag_id, tag));
      callbacks.onCreated(tag, text);
    } catch (error) {
      callbacks.onFailed(title, error);
    } finally {
      setCreating(null);
    }
  }

  return { creating, created, create };
}
