import { useState } from "react";
import { ConversationTagPicker } from "../src";

/** A conversation as the host dashboard already has it: the summary carries `tag_ids`. */
interface SampleConversation {
  conversation_id: string;
  title: string;
  tag_ids: string[];
}

// The embedded mock starts with demo_tag_1..3; "demo_tag_removed" stands for a tag deleted elsewhere.
const SAMPLES: SampleConversation[] = [
  { conversation_id: "conv_demo_1", title: "Caller wants a refund for the annual plan", tag_ids: ["demo_tag_1"] },
  { conversation_id: "conv_demo_2", title: "Agent handed over to billing", tag_ids: [] },
  { conversation_id: "conv_demo_3", title: "Follow-up call about a late delivery", tag_ids: ["demo_tag_3", "demo_tag_removed"] },
  { conversation_id: "conv_demo_4", title: "Question about opening hours", tag_ids: [] },
];

const DETAIL_ID = "conversation-detail";

function tagCount(count: number): string {
  if (count === 0) return "No tags";
  return count === 1 ? "1 tag" : `${count} tags`;
}

/**
 * The demo's "Conversations" panel, laid out as a dashboard's master-detail pane: the sample
 * conversations in a list, and one `ConversationTagPicker` for the selected one. The page keeps
 * each conversation's `tag_ids`; the picker is controlled by the selected one's and reports every
 * change with the conversation it belongs to, so an answer that arrives after the person moved to
 * another conversation still updates the right record.
 */
export function Conversations() {
  const [byId, setById] = useState(() => new Map(SAMPLES.map((conversation) => [conversation.conversation_id, conversation])));
  const [selectedId, setSelectedId] = useState(SAMPLES[0]?.conversation_id ?? "");
  const selected = byId.get(selectedId);

  function updateTagIds(tagIds: string[], conversationId: string) {
    setById((all) => {
      const conversation = all.get(conversationId);
      if (!conversation) return all;
      return new Map(all).set(conversationId, { ...conversation, tag_ids: tagIds });
    });
  }

  return (
    <section className="demo-panel demo-conversations" aria-labelledby="conversations-heading">
      <h2 id="conversations-heading">Conversations</h2>
      <div className="demo-master-detail">
        <ul className="demo-conversation-list" aria-labelledby="conversations-heading">
          {[...byId.values()].map((conversation) => {
            const id = conversation.conversation_id;
            const current = id === selectedId;
            return (
              <li key={id}>
                <button
                  type="button"
                  aria-current={current ? "true" : undefined}
                  aria-controls={DETAIL_ID}
                  onClick={() => {
                    setSelectedId(id);
                  }}
                >
                  <span className="demo-conversation-title">
                    {conversation.title}
                  </span>
                  <span className="demo-conversation-count">
                    {tagCount(conversation.tag_ids.length)}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        {selected && (
          <article id={DETAIL_ID} className="demo-conversation" aria-labelledby="conversation-detail-heading">
            <h3 id="conversation-detail-heading">{selected.title}</h3>
            <ConversationTagPicker conversationId={selected.conversation_id} tagIds={selected.tag_ids} onTagIdsChange={updateTagIds} />
          </article>
        )}
      </div>
    </section>
  );
}
