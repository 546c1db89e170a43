/** Serves the conversations page's data (1,000 conversations, 200 tags) and runs its phase. */
import type { Browser } from "playwright-core";
import { benchConversations } from "./conversations";
import { conversationListPhase, type ConversationListRun } from "./conversationListPhase";
import { manyTags, servePage } from "./serve";

/** The conversations page's data: issue 21's sizes. */
export const CONVERSATIONS = 1000;
export const CONVERSATION_TAGS = 200;

/** The phase's name in the run's log and timings. */
export const CONVERSATION_LIST_PHASE = "conversation list, 1,000 conversations and 200 tags";

/** Measures `ConversationList` on the built pages in `pageDir` (production) and `profilingDir`. */
export async function measureConversationList(
  browser: Browser,
  pageDir: string,
  profilingDir: string,
  quick: boolean,
): Promise<ConversationListRun> {
  const tags = manyTags(CONVERSATION_TAGS);
  const conversations = benchConversations(CONVERSATIONS, tags);
  const production = await servePage(pageDir, tags, { conversations });
  const profiling = await servePage(profilingDir, tags, { conversations });
  try {
    return await conversationListPhase(browser, production, profiling, {
      conversations: CONVERSATIONS,
      tags,
      keys: quick ? 100 : 300,
      changes: quick ? 3 : 10,
      assigns: quick ? 3 : 10,
    });
  } finally {
    await production.close();
    await profiling.close();
  }
}
