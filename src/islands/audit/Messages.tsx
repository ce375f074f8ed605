/** The message box of the audit, and the screen for a save made by a newer version of the site. */
import type { Quiz } from './useAuditQuiz';
import { downloadRaw } from './useAuditStore';

export function MessageBox({ quiz }: { quiz: Quiz }) {
  const { message, setMessage, t } = quiz;
  if (message === null) return null;
  return (
    <div class={`audit-message card ${message.kind === 'alert' ? 'audit-error' : ''}`} role={message.kind}>
      <p>{message.text}</p>
      <button type="button" class="secondary" onClick={() => setMessage(null)}>
        {t('dismiss')}
      </button>
    </div>
  );
}

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
