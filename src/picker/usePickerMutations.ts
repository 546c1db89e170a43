import { useAssignTags } from "../react/useAssignTags.js";
import { useUnassignTag } from "../react/useUnassignTag.js";

/**
 * The two calls the picker makes to change a conversation's tags. The picker keeps its own
 * optimistic value (the controlled `tagIds`) and rolls it back when a call rejects; the kit's data
 * hooks behind this keep `tagKeys.conversation(id)` in step (optimistic write and rollback there).
 */
export interface PickerMutations {
  /** Assigns at most 50 ids in one call; rejects with a `TagsApiError`. */
  assign: (conversationId: string, tagIds: string[]) => Promise<void>;
  /** Unassigns one tag; rejects with a `TagsApiError`. */
  unassign: (conversationId: string, tagId: string) => Promise<void>;
}

/** The picker's assign and unassign calls, through `useAssignTags` and `useUnassignTag`. */
export function usePickerMutations(): PickerMutations {
  const assign = useAssignTags();
  const unassign = useUnassignTag();
  return {
    assign: (conversationId, tagIds) => assign.mutateAsync({ conversationId, tagIds }),
    unassign: (conversationId, tagId) => unassign.mutateAsync({ conversationId, tagId }),
  };
}
