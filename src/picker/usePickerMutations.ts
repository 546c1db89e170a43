import { useTagsClient } from "../react/TagsApiProvider.js";

/**
 * The two calls the picker makes to change a conversation's tags. The picker keeps its own
 * optimistic value (the controlled `tagIds`) and rolls it back when a call rejects; whatever
 * implements this owns the react-query cache of the conversation.
 */
export interface PickerMutations {
  /** Assigns at most 50 ids in one call; rejects with a `TagsApiError`. */
  assign: (conversationId: string, tagIds: string[]) => Promise<void>;
  /** Unassigns one tag; rejects with a `TagsApiError`. */
  unassign: (conversationId: string, tagId: string) => Promise<void>;
}

/**
 * The picker's assign and unassign calls.
 * Wiring point for the kit's `useAssignTags`/`useUnassignTag` data hooks: until they land this
 * calls the client directly (no cache writes of its own).
 */
export function usePickerMutations(): PickerMutations {
  const client = useTagsClient();
  return {
    assign: (conversationId, tagIds) => client.assignTags(conversationId, { tag_ids: tagIds }),
    unassign: (conversationId, tagId) => client.unassignTag(conversationId, tagId),
  };
}
