import { CreateTagDialog, CreateTagForm, TagList, TagsApiProvider } from "../src";
import { Conversations } from "./Conversations";

/**
 * The demo dashboard: the whole tag lifecycle from the kit alone, on the proxy the dev server
 * mounts. Create inline or in the dialog; the list edits and deletes in place; below, the
 * conversations found by tag (the filter kept in the URL), each row taggable in place.
 */
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
          <div className="demo-panel-header">
            <h2 id="tags-heading">Tags</h2>
            <CreateTagDialog />
          </div>
          <TagList pageSize={10} />
        </section>
        <Conversations />
      </main>
    </TagsApiProvider>
  );
}
