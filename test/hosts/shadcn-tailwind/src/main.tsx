import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { TagsApiProvider } from "convai-tag-kit";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ConversationTagsCell } from "@/components/conversation-tags-cell";
import { TagsPage } from "@/components/tags-page";
import { TAGS_API, startMockApi } from "./mocks";
import "./index.css";

const conversations = [
  { conversation_id: "conv_1", title: "Refund for a double charge", tag_ids: ["tag_billing"] },
  { conversation_id: "conv_2", title: "Cannot log in", tag_ids: [] },
];

// One cache for the page: the tags page's provider and the table's share it.
const queryClient = new QueryClient();

function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <TagsPage baseUrl={TAGS_API} />
      <TagsApiProvider baseUrl={TAGS_API}>
        <section aria-labelledby="conversations-heading" className="mx-auto w-full max-w-3xl p-6">
          <h2 id="conversations-heading" className="mb-4 text-xl font-semibold">
            Conversations
          </h2>
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th className="py-2 pr-4 font-medium">Conversation</th>
                <th className="py-2 font-medium">Tags</th>
              </tr>
            </thead>
            <tbody>
              {conversations.map((conversation) => (
                <tr key={conversation.conversation_id} className="border-t align-top">
                  <td className="py-3 pr-4">{conversation.title}</td>
                  <td className="py-3">
                    <ConversationTagsCell conversation={conversation} name={conversation.title} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </TagsApiProvider>
    </QueryClientProvider>
  );
}

await startMockApi();
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
