/**
 * Presenter keys: a clicker sends PageUp and PageDown (and some send Escape). Once a student or
 * the trainer clicks into an embed, the frame has the keyboard and the deck around it would stop
 * moving; so embeds post `{ type: "smm:key", key }` to the host page, and /embed.js replays the
 * key there as a keyboard event that presentation software understands (reveal.js reads
 * `keyCode`). Escape is forwarded only when no text field is being edited, where it may mean
 * "cancel" to the visitor.
 */
export const FORWARDED_KEYS = ['PageUp', 'PageDown', 'Escape'] as const;
export type ForwardedKey = (typeof FORWARDED_KEYS)[number];

/** The legacy key codes that presentation software (reveal.js among them) still reads. */
export const KEY_CODES: Record<ForwardedKey, number> = { PageUp: 33, PageDown: 34, Escape: 27 };

export interface KeyMessage {
  type: 'smm:key';
  key: ForwardedKey;
}

/** The element types in which Escape belongs to the visitor's typing. */
const TEXT_INPUTS = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password', 'date', '']);

/** Whether an element is a text field being edited (Escape is then not forwarded). */
export function isTextField(element: { tagName?: string; type?: string; isContentEditable?: boolean } | null): boolean {
  if (!element?.tagName) return false;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || element.isContentEditable === true) return true;
  return tag === 'input' && TEXT_INPUTS.has((element.type ?? '').toLowerCase());
}

/** The message an embed posts for a key pressed inside it, or null when the key is not forwarded. */
export function keyMessage(key: string, editingText: boolean): KeyMessage | null {
  if (key === 'PageUp' || key === 'PageDown') return { type: 'smm:key', key };
  if (key === 'Escape' && !editingText) return { type: 'smm:key', key };
  return null;
}
