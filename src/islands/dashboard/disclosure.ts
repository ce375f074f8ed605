import { useState } from 'preact/hooks';

/**
 * The open state of a `details` whose content is rendered only while it is open, for content that
 * costs a render, a layout and a paint (a list of columns with 15 choices each, a list that pushes
 * the rest of the page down). The content follows the visitor's click by one frame: the click's own
 * frame shows the summary opened, then the content is rendered in a task after that frame
 * (`requestAnimationFrame`, then a timer). Rendered in the toggle event itself, it could land in
 * the click's frame: the toggle task often runs before the next frame at 4x CPU slowdown (trace,
 * docs/performance.md, "The offline copy waits for a pause").
 *
 * Returns whether the content is shown (the visitor's choice, else `fallback`) and the `details`'
 * toggle listener; a toggle that agrees with what is shown (the `open` attribute set by a render)
 * changes nothing.
 */
export function useDisclosure(fallback: boolean): [boolean, (event: Event) => void] {
  const [open, setOpen] = useState<boolean | null>(null);
  const shown = open ?? fallback;
  const onToggle = (event: Event) => {
    const now = (event.currentTarget as HTMLDetailsElement).open;
    if (now !== shown) requestAnimationFrame(() => setTimeout(() => setOpen(now), 0));
  };
  return [shown, onToggle];
}
