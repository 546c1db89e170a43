/** The kit's tag list, as the demo page shows it beside the form. */
import { TagList, TagsApiProvider } from "../../src";

/** The kit's `TagList` on the page's tags API, 100 tags a page. */
export function ListPanel({ baseUrl }: { baseUrl: string }) {
  return (
    <TagsApiProvider baseUrl={baseUrl}>
      <TagList pageSize={100} />
    </TagsApiProvider>
  );
}
