/**
 * Loaders of the parts the first screen does not need: the results (report, history, sharing,
 * exports) and the import control of the start screen. Each is its own chunk, fetched by a dynamic
 * import() when shown; a chunk missing after a deploy reloads the page once (../stale.ts).
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { chunksLoaded, online, reloadOnce } from '../stale';
import type { CaseNoticeProps } from './CaseNotice';
import type { Quiz } from './useAuditQuiz';

type Loaded<P> = ComponentType<P> | 'failed' | null;

function useChunk<P>(load: (() => Promise<ComponentType<P>>) | null): Loaded<P> {
  const [component, setComponent] = useState<Loaded<P>>(null);
  useEffect(() => {
    if (load === null || component !== null) return;
    let live = true;
    load().then(
      (c) => {
        chunksLoaded();
        if (live) setComponent(() => c);
      },
      () => {
        if (!reloadOnce() && live) setComponent('failed');
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once per loader; the component it sets is the result, not an input
  }, [load]);
  return component;
}

const loadResults = () => import('./Results').then((m) => m.Results);
const loadImport = () => import('./ImportControl').then((m) => m.ImportControl);
const loadProfile = () => import('./ProfileForm').then((m) => m.ProfileForm);
const loadSetAside = () => import('./Notices').then((m) => m.SetAsideNotice);
const loadCase = () => import('./CaseNotice').then((m) => m.CaseNotice);
const loadNewer = () => import('./Notices').then((m) => m.NewerNotice);

export function Failed({ quiz }: { quiz: Quiz }) {
  return (
    <p class="audit-notice card audit-error" role="alert">
      {quiz.t(online() ? 'loadErrorOnline' : 'loadError')}
    </p>
  );
}

export function LazyResults({ quiz, embed }: { quiz: Quiz; embed: boolean }) {
  const Results = useChunk(loadResults);
  if (Results === 'failed') return <Failed quiz={quiz} />;
  if (Results === null) {
    return (
      <p class="audit-loading" role="status">
        {quiz.t('loading')}
      </p>
    );
  }
  return <Results quiz={quiz} embed={embed} />;
}

/** On the start screen: "Import a JSON export", fetched when asked for. */
export function LazyImport({ quiz }: { quiz: Quiz }) {
  const [asked, setAsked] = useState(false);
  const Import = useChunk(asked ? loadImport : null);
  if (Import === 'failed') return <Failed quiz={quiz} />;
  if (Import !== null) return <Import quiz={quiz} focus />;
  return (
    <p class="audit-start-import no-print">
      <button type="button" class="secondary" aria-busy={asked ? 'true' : undefined} onClick={() => setAsked(true)}>
        {quiz.t('importStart')}
      </button>
    </p>
  );
}

/** The profile form: shown to a new visitor or on "Edit"; it brings the number parser with it. */
export function LazyProfileForm({ quiz }: { quiz: Quiz }) {
  const Form = useChunk(loadProfile);
  if (Form === 'failed') return <Failed quiz={quiz} />;
  return Form === null ? <p class="audit-loading">{quiz.t('loading')}</p> : <Form quiz={quiz} />;
}

/** The screen of a save that could not be read (rare): fetched when needed. */
export function LazySetAside({ quiz }: { quiz: Quiz }) {
  const Notice = useChunk(loadSetAside);
  if (Notice === 'failed') return <Failed quiz={quiz} />;
  return Notice === null ? <p class="audit-loading">{quiz.t('loading')}</p> : <Notice quiz={quiz} />;
}

/** The screen of a save made by a newer version of the site (rare): fetched when needed. */
export function LazyNewer({ quiz, raw }: { quiz: Quiz; raw: string }) {
  const Notice = useChunk(loadNewer);
  if (Notice === 'failed') return <Failed quiz={quiz} />;
  return Notice === null ? <p class="audit-loading">{quiz.t('loading')}</p> : <Notice quiz={quiz} raw={raw} />;
}

/** The notice of a trainer's profile given in the URL: fetched when there is one. */
export function LazyCaseNotice(props: CaseNoticeProps) {
  const Notice = useChunk(loadCase);
  return Notice === null || Notice === 'failed' ? null : <Notice {...props} />;
}
