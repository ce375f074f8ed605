// @ts-check
/**
 * Builds /embed.js, the host-page script, from src/lib/embed/host-script.ts (the same rules the
 * unit tests run: one source, no hand-kept copy). esbuild bundles it into one classic script
 * (an IIFE: host pages load it with a plain `<script src>`), readable and not minified, so that a
 * trainer's IT department can read what they are asked to include.
 *
 * Astro integration: writes `embed.js` into the build, and serves it under `npm run dev`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const BANNER = `/*!
 * embed.js: host-page script of "Médias sociaux, mode d’emploi" (MIT licence).
 * Add it once after the site's frames:  <script src="https://{site}/embed.js" defer></script>
 * It resizes the site's frames to their content (up to a frame's data-max-height), announces
 * their results as "smm:result" events on the frames, and replays presenter keys (PageUp,
 * PageDown, Escape) pressed inside a frame on this page. It acts only on messages from the
 * site's own embed frames. Source: src/lib/embed/host-script.ts and host.ts.
 */`;

/** The text of /embed.js. */
export async function embedScript() {
  const result = await build({
    stdin: {
      contents: "import { installHost } from './src/lib/embed/host-script.ts';\ninstallHost(window, document);\n",
      resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
      loader: 'ts',
      sourcefile: 'embed.js',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    legalComments: 'none',
    banner: { js: BANNER },
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild wrote no embed.js');
  return file.text;
}

/** @returns {import('astro').AstroIntegration} */
export function embedScriptFile() {
  return {
    name: 'smm:embed-script',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] !== '/embed.js') return next();
          embedScript().then(
            (code) => {
              res.setHeader('content-type', 'text/javascript; charset=utf-8');
              res.end(code);
            },
            (error) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('embed.js', dir)), await embedScript());
      },
    },
  };
}
