/** The message box of the audit (the screen of a save made by a newer version is in ./Notices.tsx). */
import type { Quiz } from './useAuditQuiz';

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
