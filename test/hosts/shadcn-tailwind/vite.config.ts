import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const path = (file: string) => fileURLToPath(new URL(file, import.meta.url));

// Pages that each ship only their own CSS: the tags page and the conversations table load
// convai-tag-kit/styles.css (their items import it), the form page Tailwind alone, and the layered
// page the form with the theme imported into a cascade layer (src/layered.css).
export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: { alias: { "@": path("./src") } },
  build: {
    rolldownOptions: { input: { index: path("./index.html"), form: path("./form.html"), layered: path("./layered.html") } },
  },
});
