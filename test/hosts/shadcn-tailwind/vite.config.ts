import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const path = (file: string) => fileURLToPath(new URL(file, import.meta.url));

// Two pages, so that each ships only its own CSS: the tags page and the conversations table load
// convai-tag-kit/styles.css (their items import it), the form page loads Tailwind alone.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: { alias: { "@": path("./src") } },
  build: { rollupOptions: { input: { index: path("./index.html"), form: path("./form.html") } } },
});
