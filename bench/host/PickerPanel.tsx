/** The conversation tag picker, as a dashboard shows it beside the create form. */
import { ConversationTagPicker, TagsApiProvider } from "../../src";

/** One `ConversationTagPicker` on the page's tags API (the workspace's 1,000 tags). */
export function PickerPanel({ baseUrl }: { baseUrl: string }) {
  return (
    <TagsApiProvider baseUrl={baseUrl}>
      <ConversationTagPicker conversationId="conv_bench" />
    </TagsApiProvider>
  );
}
