/**
 * The search page's script. Pagefind (its JS and WebAssembly) is loaded only once the visitor
 * searches; results are built with DOM nodes and text, never inserted as HTML.
 */
import { excerptSegments } from '../lib/search/excerpt';
import { statusText } from '../lib/search/status';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
let engine: Promise<Pagefind> | undefined;

function message(key: string, query = '', count = 0): string {
  return statusText(status?.dataset[key] ?? '', query, count);
}

async function run(query: string) {
  if (!status || !list) return;
  list.replaceChildren();
  if (query.trim().length < 2) {
    status.textContent = message('empty');
    return;
  }
  status.textContent = message('loading');
  try {
    const url = '/pagefind/pagefind.js';
    engine ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
    const pagefind = await engine;
    const found = await pagefind.search(query);
    const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    status.textContent = data.length === 0 ? message('none', query) : message('results', query, data.length);
    for (const item of data) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.meta.title ?? item.url;
      const p = document.createElement('p');
      for (const seg of excerptSegments(item.excerpt)) {
        p.append(seg.mark ? Object.assign(document.createElement('mark'), { textContent: seg.text }) : seg.text);
      }
      li.append(a, p);
      list.append(li);
    }
  } catch {
    engine = undefined;
    status.textContent = message('error');
  }
}

if (form && input) {
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial.slice(0, 200);
  if (initial) void run(input.value);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.slice(0, 200);
    history.replaceState(null, '', `?q=${encodeURIComponent(q)}`);
    void run(q);
  });
}
