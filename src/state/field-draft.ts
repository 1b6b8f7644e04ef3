/**
 * What a route field (From, To) shows: the title of the role the URL names, unless the user is
 * typing over that same role. A draft remembers which URL value it was typed against, so when the
 * URL changes under it (back/forward, a link, a click elsewhere) the field follows the URL again —
 * derived, with no effect to keep in sync.
 */
export interface FieldDraft {
  /** The URL value (role id or null) the text was typed against. */
  against: string | null;
  text: string;
}

export function fieldText(
  draft: FieldDraft | null,
  urlValue: string | null,
  titleOf: (id: string | null) => string,
): string {
  return draft && draft.against === urlValue ? draft.text : titleOf(urlValue);
}
