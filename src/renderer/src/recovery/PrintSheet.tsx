import { createPortal } from 'react-dom';
import { locale, useT } from '../i18n';

/**
 * The recovery sheet as it prints: the code, the date and what it is for; no names and
 * nothing from the journal. It sits outside #root, hidden on screen; print CSS shows only it.
 */
export function PrintSheet({ code }: { code: string }) {
  const { t } = useT('recovery');
  const made = new Date().toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
  return createPortal(
    <section className="recovery-print-sheet">
      <h1 className="recovery-print-title">{t('printTitle')}</h1>
      <p className="recovery-print-code">{code.replaceAll('-', ' ')}</p>
      <p>{t('madeOn', { date: made })}</p>
      <p>{t('printWhat')}</p>
      <p>{t('printKeep')}</p>
    </section>,
    document.body,
  );
}
