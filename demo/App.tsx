import { CreateTagForm, TagsApiProvider } from "../src";
import { TagList } from "./TagList";
import { Conversations } from "./Conversations";

/** The demo dashboard: the kit's form beside the workspace's tags, on the proxy the dev server mounts. */
export function App() {
  return (
    <TagsApiProvider baseUrl="/api/elevenlabs">
      <header className="demo-header">
        <h1>Conversation tags</h1>
        <p className="demo-badge" data-testid="backend">
          Backend: {__DEMO_BACKEND__}
        </p>
      </header>
      <main className="demo-main">
        <section className="demo-panel" aria-labelledby="create-tag-heading">
          <h2 id="create-tag-heading">Create a tag</h2>
          <CreateTagForm />
        </section>
        <section className="demo-panel" aria-labelledby="tags-heading">
          <h2 id="tags-heading">Tags</h2>
          <TagList pageSize={10} />
        </section>
        <Conversations />
      </main>
    </TagsApiProvider>
  );
}
