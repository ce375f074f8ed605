/** The screens shown instead of the audit when its save cannot be read, or was made by a newer version of the site (loaded when needed). */
import { recoverState } from '../../lib/audit/recover';
import { emptyState, SET_ASIDE_LIMIT, STORAGE_KEY } from '../../lib/audit/storage';
import type { Quiz } from './useAuditQuiz';
import { MessageBox } from './Messages';
import { downloadRaw } from './useAuditStore';

export function SetAsideNotice({ quiz }: { quiz: Quiz }) {
  const { t, notice, ids, replaceSetAside, pruneCopies, setMessage } = quiz;
  if (notice?.kind !== 'set-aside') return null;
  const copied = notice.key !== STORAGE_KEY;
  const recover = () => {
    const r = recoverState(notice.raw, ids, new Date());
    replaceSetAside(r.state);
    setMessage({ kind: 'status', text: t('recovered', { answers: r.answers, attempts: r.attempts }) });
  };
  const startOver = () => {
    replaceSetAside(emptyState(new Date()));
    setMessage(null);
  };
  const prune = () => {
    const r = pruneCopies();
    if (r !== null) setMessage({ kind: 'status', text: t('pruned', { count: r.count, key: r.key }) });
  };
  return (
    <div class="audit" data-ready="true" data-storage={copied ? 'set-aside' : 'not-copied'}>
      <div class="audit-notice card" role="alert">
        <h2>{t('setAside')}</h2>
        <p>
          {t(`setAside.${notice.reason}`)}{' '}
          {copied
            ? t('setAsideKept', { key: notice.key })
            : notice.full
              ? t('setAsideFull', { key: notice.key, limit: SET_ASIDE_LIMIT })
              : t('setAsideNotCopied', { key: notice.key })}
        </p>
        <div class="audit-buttons">
          <button type="button" class={copied ? 'secondary' : undefined} onClick={() => downloadRaw(notice.raw)}>
            {t('downloadSaved')}
          </button>
          {notice.full && (
            <button type="button" class="secondary" onClick={prune}>
              {t('pruneCopies')}
            </button>
          )}
          <button type="button" class={copied ? undefined : 'secondary'} onClick={recover}>
            {t('recover')}
          </button>
          <button type="button" class="secondary" onClick={startOver}>
            {t('startOver')}
          </button>
        </div>
      </div>
      <MessageBox quiz={quiz} />
    </div>
  );
}

/** A save made by a newer version of the site: left untouched; reload, or download it. */
export function NewerNotice({ quiz, raw }: { quiz: Quiz; raw: string }) {
  const { t } = quiz;
  return (
    <div class="audit" data-ready="true" data-storage="newer">
      <div class="audit-notice card" role="alert">
        <h2>{t('newer')}</h2>
        <p>{t('newerText')}</p>
        <div class="audit-buttons">
          <button type="button" onClick={() => location.reload()}>
            {t('reload')}
          </button>
          <button type="button" class="secondary" onClick={() => downloadRaw(raw)}>
            {t('downloadSaved')}
          </button>
        </div>
      </div>
    </div>
  );
}
