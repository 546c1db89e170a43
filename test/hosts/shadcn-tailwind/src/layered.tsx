import { TagsApiProvider } from "convai-tag-kit";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { CreateTagForm } from "@/components/create-tag-form";
import { TAGS_API, startMockApi } from "./mocks";
import "./layered.css";

await startMockApi();
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <TagsApiProvider baseUrl={TAGS_API}>
      <main className="mx-auto w-full max-w-md p-6">
        <CreateTagForm />
      </main>
    </TagsApiProvider>
  </StrictMode>,
);
