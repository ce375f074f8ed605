/**
 * The self-audit's state: the saved audit (./useAuditStore), the business profile (from the save,
 * the URL's `type`, `networks`, `hours`, `goal`, or the profile form), a share link being viewed,
 * the step shown, focus and the score posted to a framing page. Components only render it.
 */
import type { Locale } from '../../lib/i18n/locales';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { encodeAnswers, readShareHash, type DecodeError } from '../../lib/audit/codec';
import { fitRefs } from '../../lib/audit/fit';
import { cleanProfile, withProfile, type Profile } from '../../lib/audit/profile';
import { scoreAudit, type AuditScore } from '../../lib/audit/scoring';
import { finishAttempt, withAnswer, withStep } from '../../lib/audit/saved/changes';
import { currentAnswers, type SavedState } from '../../lib/audit/saved/state';
import { questionIds, type StoredAnswer } from '../../lib/audit/types';
import { fitView } from '../../lib/audit/view';
import { announceResult } from '../../lib/embed/events';
import { useReveal } from '../Reveal';
import { useAuditStore } from './useAuditStore';
import { translator, type DimensionView, type Strings } from './view';

export interface QuizInput {
  lang: Locale;
  strings: Strings;
  dimensions: DimensionView[];
}

export type Message = { kind: 'status' | 'alert'; text: string };
interface Shared {
  answers: Record<string, StoredAnswer>;
  profile: Profile | undefined;
  /** The questions of the older list the link was made with (its score is read over them). */
  questions: ReadonlySet<string> | undefined;
}

/** The share link in the address, kept in step with `hashchange`. */
function useSharedHash(ids: readonly string[]) {
  const [shared, setShared] = useState<Shared | null>(null);
  const [shareError, setShareError] = useState<DecodeError | null>(null);
  useEffect(() => {
    const readHash = () => {
      const r = readShareHash(ids, location.hash);
      setShared(
        r?.ok ? { answers: r.stored, profile: r.profile, questions: r.questions && new Set(r.questions) } : null,
      );
      setShareError(r !== undefined && !r.ok ? r.error : null);
    };
    readHash();
    window.addEventListener('hashchange', readHash);
    return () => window.removeEventListener('hashchange', readHash);
  }, [ids]);
  const leaveShared = () => {
    history.replaceState(null, '', location.pathname + location.search);
    setShared(null);
    setShareError(null);
  };
  return { shared, shareError, leaveShared };
}

/** The profile params of a trainer's link (`?type=local&networks=instagram…`). */
const PROFILE_PARAMS = ['type', 'networks', 'hours', 'goal'];

/**
 * A trainer's link (?type=local&networks=instagram…) sets up the case as the save is read: its
 * profile replaces the saved one (docs/CONTRACT.md), and the page says so, with the visitor's own
 * profile, if they had one that differs, a click away (the link's params then leave the address).
 */
function useCaseProfile() {
  const [caseProfile, setCaseProfile] = useState<{ own: Profile | undefined } | null>(null);
  const onLoad = useMemo(
    () => (s: SavedState) => {
      const fromUrl = cleanProfile(new URLSearchParams(location.search));
      if (fromUrl === undefined) return s;
      const own = cleanProfile(s.current.profile);
      setCaseProfile({ own: own !== undefined && JSON.stringify(own) !== JSON.stringify(fromUrl) ? own : undefined });
      return withProfile(s, fromUrl, new Date());
    },
    [],
  );
  const leaveCase = () => {
    const params = new URLSearchParams(location.search);
    for (const p of PROFILE_PARAMS) params.delete(p);
    const query = params.toString();
    history.replaceState(history.state, '', location.pathname + (query ? `?${query}` : '') + location.hash);
    setCaseProfile(null);
  };
  return { caseProfile, onLoad, leaveCase };
}

/**
 * Posts the score to a framing page (`smm:result`) once per change of score. No answer yet, no
 * score: a learning platform must not record 0 % before the first answer. The message keeps the
 * scores only (resultMessage drops the audit's inputs).
 */
function useAnnounce(active: boolean, score: AuditScore, code: string) {
  const posted = useRef('');
  useEffect(() => {
    if (!active) return;
    const value = score.answered > 0 ? score.percent : null;
    const scores = Object.fromEntries(score.dimensions.map((d) => [d.id, Math.round(d.percent)]));
    const key = JSON.stringify([value, scores, code]);
    if (key === posted.current) return;
    posted.current = key;
    announceResult({ tool: 'audit', value, inputs: { r: code }, scores });
  }, [active, score, code]);
}

/** After a move (next step, results, profile saved), focus goes to the new screen's heading. */
function useFocusHeading() {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);
  useEffect(() => {
    // A screen loaded on demand is not there yet: it claims the focus when it mounts (claimFocus).
    if (moveFocus.current && headingRef.current !== null) {
      moveFocus.current = false;
      headingRef.current.focus();
    }
  });
  /** For a screen loaded on demand: takes a pending move of focus, once. */
  const claimFocus = () => {
    const pending = moveFocus.current;
    moveFocus.current = false;
    return pending;
  };
  return { headingRef, moveFocus, claimFocus };
}

export function useAuditQuiz({ lang, strings, dimensions }: QuizInput) {
  const t = useMemo(() => translator(strings, lang), [strings, lang]);
  const ids = useMemo(() => questionIds(dimensions), [dimensions]);
  const { caseProfile, onLoad, leaveCase } = useCaseProfile();
  const store = useAuditStore(ids, onLoad);
  const { state, ready, change } = store;
  const { shared, shareError, leaveShared } = useSharedHash(ids);
  const [message, setMessage] = useState<Message | null>(null);
  const [editingProfile, setEditingProfile] = useState(false);
  const { headingRef, moveFocus, claimFocus } = useFocusHeading();

  const profile = shared !== null ? shared.profile : state.current.profile;
  const cleanOwn = cleanProfile(profile);
  // Memoised by the profile's value, not by the object (a new one comes with every save).
  const profileKey = JSON.stringify(cleanOwn ?? {});
  const view = useMemo(() => fitView(dimensions, cleanOwn, strings), [dimensions, profileKey, strings]);
  // A link made before questions were added shows the score its sender saw: over its own list.
  const sharedList = shared?.questions;
  const refs = useMemo(() => fitRefs(dimensions, cleanOwn?.type, sharedList), [dimensions, profileKey, sharedList]);
  const own = useMemo(() => currentAnswers(state), [state]);
  const answers = shared?.answers ?? own;
  const score = useMemo(() => scoreAudit(refs, answers), [refs, answers]);
  const n = view.length;
  const step = Math.min(Math.max(state.current.step, 0), n);
  const needsProfile =
    shared === null && (editingProfile || (state.current.profile === undefined && Object.keys(own).length === 0));

  // ?reveal=1: no score leaves or shows before "Show the answer"; a changed answer hides it again.
  const code = encodeAnswers(ids, answers);
  const reveal = useReveal(code, true);
  useAnnounce(ready && !reveal.silent, score, code);

  const goTo = (next: number) => {
    moveFocus.current = true;
    change((s) => {
      const now = new Date();
      const moved = withStep(s, next, now);
      return next === n && Object.keys(currentAnswers(s)).length > 0 ? finishAttempt(moved, refs, now) : moved;
    });
  };
  const answer = (id: string, a: StoredAnswer | undefined) => change((s) => withAnswer(s, id, a, new Date()));
  const saveProfile = (p: Profile | undefined) => {
    moveFocus.current = true;
    setEditingProfile(false);
    change((s) => withProfile(s, p, new Date()));
  };
  const focusHeading = () => void (moveFocus.current = true);
  return {
    ...store,
    t,
    lang,
    ids,
    /** Every question, whatever the profile (imports are read against them). */
    allDimensions: dimensions,
    view,
    refs,
    answers,
    own,
    score,
    step,
    n,
    profile: cleanOwn,
    needsProfile,
    editingProfile,
    setEditingProfile: (on: boolean) => ((moveFocus.current = true), setEditingProfile(on)),
    shared,
    shareError,
    leaveShared,
    message,
    setMessage,
    reveal,
    headingRef,
    goTo,
    answer,
    saveProfile,
    focusHeading,
    caseProfile,
    leaveCase,
    claimFocus,
  };
}

export type Quiz = ReturnType<typeof useAuditQuiz>;
