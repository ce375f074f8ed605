/**
 * The page's `?layout=` (`page` or `slide`, src/lib/embed/params.ts) for the islands that render
 * differently in the slide layout (a formula collapsed into its `<details>`). Everything else of
 * the slide layout is CSS (src/lib/embed/slide.css). Read after hydration: the server renders the
 * page layout.
 */
import { useEffect, useState } from 'preact/hooks';
import { parsePresentation, type Layout } from '../lib/embed/params';

export function useLayout(): Layout {
  const [layout, setLayout] = useState<Layout>('page');
  useEffect(() => setLayout(parsePresentation(location.search).layout), []);
  return layout;
}
