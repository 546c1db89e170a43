/**
 * Conversation tag pickers for issue 22's bench: `?pickers=N` of them, one per conversation
 * (`conv_1`…), on one `TagsApiProvider`, as a dashboard with a picker per row would mount them.
 * `&assigned=<tag id>` gives each that tag already, so each shows a chip that needs the tag's title.
 */
import { ConversationTagPicker, TagsApiProvider } from "../../src";

const params = new URLSearchParams(location.search);
const count = Number(params.get("pickers") ?? "1");
const assigned = params.get("assigned");
const defaultTagIds = assigned ? [assigned] : [];

/** The pickers on the page's tags API. */
export function PickersPanel({ baseUrl }: { baseUrl: string }) {
  return (
    <TagsApiProvider baseUrl={baseUrl}>
      <ul data-bench="pickers">
        {Array.from({ length: count }, (_, i) => (
          <li key={i}>
            <ConversationTagPicker conversationId={`conv_${String(i + 1)}`} defaultTagIds={defaultTagIds} />
          </li>
        ))}
      </ul>
    </TagsApiProvider>
  );
}
