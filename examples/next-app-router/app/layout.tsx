import type { Metadata } from "next";
import type { ReactNode } from "react";
import "convai-tag-kit/styles.css";
import "./app.css";

export const metadata: Metadata = { title: "Conversation tags" };

/** The root layout: the kit's theme (imported once, before the app's own CSS) and the page. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
