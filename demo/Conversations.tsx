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
];

/**
 * The demo's "Conversations" panel: a few sample conversations, each tagged with the kit's
 * `ConversationTagPicker`, controlled by the page's state as a dashboard holding the summaries would.
 */
export function Conversations() {
  const [conversations, setConversations] = useState(SAMPLES);

  return (
    <section className="demo-panel" aria-labelledby="conversations-heading">
      <h2 id="conversations-heading">Conversations</h2>
      {conversations.map((conversation) => {
        const headingId = `${conversation.conversation_id}-heading`;
        return (
          <article key={conversation.conversation_id} aria-labelledby={headingId} className="demo-conversation">
            <h3 id={headingId}>{conversation.title}</h3>
            <ConversationTagPicker
              conversationId={conversation.conversation_id}
              tagIds={conversation.tag_ids}
              onTagIdsChange={(tagIds) => {
                setConversations((all) =>
                  all.map((item) =>
                    item.conversation_id === conversation.conversation_id ? { ...item, tag_ids: tagIds } : item,
                  ),
                );
              }}
            />
          </article>
        );
      })}
    </section>
  );
}
