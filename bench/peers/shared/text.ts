/**
 * The English text every peer shows, word for word the kit's defaults, so the pages differ only in
 * how the form is built. Kept here rather than imported from the kit: a team writing its own form
 * would not ship the kit's message table.
 */
export const text = {
  titleLabel: "Title",
  descriptionLabel: "Description",
  descriptionHint: "Optional. Say when to use this tag.",
  submitLabel: "Create tag",
  submittingLabel: "Creating tag…",
  titleRequired: "Enter a title",
  titleTooLong: (max: number) => `Title must be ${max} characters or fewer`,
  descriptionTooLong: (max: number) => `Description must be ${max} characters or fewer`,
  created: (title: string) => `Tag “${title}” created`,
  characterCount: (count: number, max: number) => `${count} / ${max}`,
  characterLimit: (max: number) => `You can enter up to ${max} characters`,
  charactersRemaining: (remaining: number) => `${remaining} ${remaining === 1 ? "character" : "characters"} remaining`,
  charactersTooMany: (over: number) => `${over} ${over === 1 ? "character" : "characters"} too many`,
  errorServer: "Something went wrong on the server. Your tag was not created. Try again in a moment.",
};
