"use client"

import { ConversationTagPicker, type ConversationSummary } from "convai-tag-kit"
// The kit's theme, unlayered: it wins over Tailwind utilities on the kit's parts. For yours to win, drop
// this line and add `@import "convai-tag-kit/styles.css" layer(components);` to your CSS.
import "convai-tag-kit/styles.css"

type ConversationTagsCellProps = {
  /** The conversation as `GET /v1/convai/conversations` lists it (only the id and tags are read). */
  conversation: Pick<ConversationSummary, "conversation_id" | "tag_ids">
  /** What the row is called where people see it, for the picker's label ("Tags of …"). */
  name?: string
  /**
   * Called with the conversation's tag ids after every change (optimistic) and after a rollback.
   * Key what you store by `conversationId`: a late answer reports for the conversation it was for.
   */
  onTagIdsChange?: (tagIds: string[], conversationId: string) => void
}

/**
 * The tags of one conversation, for a cell of your conversations table: chips with a remove button,
 * and a combobox over the workspace's tags that also creates the tag you type and assigns it.
 *
 * Render it inside one `TagsApiProvider` for the whole table (e.g. `<TagsApiProvider
 * baseUrl="/api/elevenlabs">` around it), so every cell shares the workspace's tags and one cache.
 * It starts from `conversation.tag_ids` and keeps its own state from there; to hold the ids
 * yourself, pass `tagIds` instead of `defaultTagIds` below.
 */
export function ConversationTagsCell({ conversation, name, onTagIdsChange }: ConversationTagsCellProps) {
  return (
    <ConversationTagPicker
      conversationId={conversation.conversation_id}
      defaultTagIds={conversation.tag_ids ?? []}
      onTagIdsChange={onTagIdsChange}
      messages={name ? { pickerLabel: `Tags of ${name}` } : undefined}
      inputProps={{ placeholder: "Add a tag…" }}
      // A cell needs no panel: no padding, a smaller gap, and the label for screen readers only
      // (the column header says "Tags"; the label still names the conversation).
      className="min-w-56 [--ctk-gap:0.5rem] [--ctk-padding:0]"
      classNames={{ label: "sr-only" }}
    />
  )
}
