"use server";

import {
  countCharacters,
  createTagRequestSchema,
  TAG_TITLE_MAX_LENGTH,
  TagsApiError,
  type ConversationTag,
  type TagValidationCode,
} from "convai-tag-kit/core";
import { revalidatePath } from "next/cache";
import { serverTagsClient } from "@/lib/server-client";

/** What the quick-add form shows after the server action ran. */
export interface QuickAddState {
  status: "idle" | "invalid" | "created" | "failed";
  /** What was typed, sent back so a refused title stays in the field (with or without JavaScript). */
  title: string;
  /** Why the title was refused: a code the page turns into the kit's message. */
  error?: TagValidationCode;
  /** Characters over the limit, counted as the API counts them (code points). */
  over?: number;
  /** A refusal from the API itself, in its own words. */
  message?: string;
  /** The tag just created. */
  created?: ConversationTag;
}

/**
 * Creates a tag from a plain `<form>` post, validated on the server with the kit's own rules (the
 * same schema and character count the browser form uses), then refreshes the page's prefetched list.
 */
export async function quickAddTag(_previous: QuickAddState, formData: FormData): Promise<QuickAddState> {
  const raw = formData.get("title");
  const title = typeof raw === "string" ? raw : "";
  const parsed = createTagRequestSchema.safeParse({ title, description: null });
  if (!parsed.success) {
    // The kit's schemas carry TagValidationCodes as their issue messages, never prose.
    const code = parsed.error.issues.find((issue) => issue.path[0] === "title")?.message as TagValidationCode;
    const over = Math.max(0, countCharacters(title.trim()) - TAG_TITLE_MAX_LENGTH);
    return { status: "invalid", title, error: code, over };
  }
  try {
    const tag = await serverTagsClient().createTag(parsed.data);
    revalidatePath("/");
    return { status: "created", title: "", created: tag };
  } catch (error) {
    if (!(error instanceof TagsApiError)) throw error;
    return { status: "failed", title, message: error.fieldErrors.title?.[0] ?? error.message };
  }
}
