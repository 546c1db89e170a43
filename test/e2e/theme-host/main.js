// A minimal host page, written the way an app uses the kit: only the package's public entries, which
// resolve (by the package's self-reference) to the built dist/, never to src/. Plain JavaScript with no
// JSX, so `vite build` needs no plugin and the repo's type check does not need dist/ to exist.
import { createElement as h } from "react";
import { createRoot } from "react-dom/client";
import { CreateTagForm, TagsApiProvider } from "convai-tag-kit";
import "convai-tag-kit/styles.css";
import "./host.css";

for (const id of ["plain", "dashboard"]) {
  const container = document.getElementById(id);
  if (!container) throw new Error(`#${id} is missing`);
  // Rendering is all this page needs: nothing is submitted, so the API URL is never called.
  createRoot(container).render(h(TagsApiProvider, { baseUrl: "/api" }, h(CreateTagForm, { onCancel: () => {} })));
}
