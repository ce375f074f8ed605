/**
 * Import of a JSON export: refused by size before it is read, validated, then the visitor chooses
 * to merge it into the history or to replace the audit with it. Feedback appears next to the
 * control and receives focus.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseImport, tooLargeToImport, type ImportResult } from '../../lib/audit/exchange';
import { importInto } from '../../lib/audit/history';
import type { Quiz } from './useAuditQuiz';

type Feedback = { kind: 'status' | 'alert'; text: string };
type Pending = Extract<ImportResult, { ok: true }>;

function Choice(props: {
  quiz: Quiz;
  pending: Pending;
  onChoose: (mode: 'merge' | 'replace') => void;
  onCancel: () => void;
}) {
  const { quiz, pending, onChoose, onCancel } = props;
  const { t } = quiz;
  return (
    <div class="audit-message card" role="status">
      <p>{t('import.choose', { count: Object.keys(pending.answers).length, reports: pending.history.length })}</p>
      <div class="audit-buttons">
        <button type="button" onClick={() => onChoose('merge')}>
          {t('import.merge')}
        </button>
        <button type="button" class="secondary" onClick={() => onChoose('replace')}>
          {t('import.replace')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Reads a chosen file: refused by its size before a byte is read, then parsed and validated. */
async function readFile(file: File, quiz: Quiz): Promise<ImportResult | { ok: false; error: 'read' }> {
  if (tooLargeToImport(file.size)) return { ok: false, error: 'too-large' };
  try {
    return parseImport(await file.text(), quiz.allDimensions);
  } catch {
    return { ok: false, error: 'read' };
  }
}

export function ImportControl({ quiz, focus = false }: { quiz: Quiz; focus?: boolean }) {
  const { t, change, n } = quiz;
  const [pending, setPending] = useState<Pending | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focus) input.current?.focus();
  }, [focus]);
  useEffect(() => {
    if (feedback !== null || pending !== null) box.current?.focus();
  }, [feedback, pending]);

  const onFile = async (event: Event) => {
    const el = event.currentTarget as HTMLInputElement;
    const file = el.files?.[0];
    if (file === undefined) return;
    setPending(null);
    const r = await readFile(file, quiz);
    el.value = '';
    if (!r.ok) {
      setFeedback({ kind: 'alert', text: t(`importError.${r.error}`) });
      return;
    }
    setFeedback(null);
    setPending(r);
  };
  const apply = (mode: 'merge' | 'replace') => {
    if (pending === null) return;
    const r = pending;
    const count = Object.keys(r.answers).length;
    change((s) => importInto(s, r, mode, new Date(), n));
    setPending(null);
    const done = mode === 'merge' ? t('import.merged', { reports: r.history.length }) : t('import.replaced', { count });
    setFeedback({
      kind: 'status',
      text: r.ignored > 0 ? `${done} ${t('importedIgnored', { count, ignored: r.ignored })}` : done,
    });
  };

  return (
    <div class="audit-import">
      <p>
        <label for="audit-import">{t('import')}</label>
        <input
          ref={input}
          id="audit-import"
          type="file"
          accept=".json,application/json"
          onChange={(event) => void onFile(event)}
        />
      </p>
      <div ref={box} tabIndex={-1} class="audit-import-feedback">
        {pending !== null && (
          <Choice quiz={quiz} pending={pending} onChoose={apply} onCancel={() => setPending(null)} />
        )}
        {feedback !== null && (
          <p class={`audit-message card ${feedback.kind === 'alert' ? 'audit-error' : ''}`} role={feedback.kind}>
            {feedback.text}
          </p>
        )}
      </div>
    </div>
  );
}
