import { useEffect, useRef, useState } from 'react';
import { Trans } from 'react-i18next';
import type { SafetyCopy } from '../../../shared/ipc/features/backup';
import { call } from '../api';
import { useT } from '../i18n';
import { ErrorMessage, StatusMessage } from '../ui';
import { momentInWords, sizeInWords } from './words';
import './backup.css';

/**
 * The journals that restores replaced, kept by main as safety copies until the couple
 * deletes them. A section of Settings; deleting one is final and asks first.
 */
export function SafetyCopies() {
  const { t } = useT('backup');
  const [copies, setCopies] = useState<SafetyCopy[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<SafetyCopy | null>(null);
  const [deleting, setDeleting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    void call('backup.safetyCopies.list').then((result) => {
      if (!current) return;
      if (result.ok) setCopies(result.value);
      else setProblem(result.error.message);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const remove = async (copy: SafetyCopy) => {
    if (deleting) return;
    setDeleting(true);
    setProblem(null);
    const result = await call('backup.safetyCopies.delete', { id: copy.id });
    setDeleting(false);
    setConfirming(null);
    if (!result.ok) return setProblem(result.error.message);
    setCopies(result.value);
    setNews(t('safetyCopies.deleted', { when: momentInWords(copy.createdAt) }));
    headingRef.current?.focus();
  };

  return (
    <section className="card settings-section safety-copies" aria-labelledby="settings-safety-copies">
      <h2 id="settings-safety-copies" ref={headingRef} tabIndex={-1}>
        {t('safetyCopies.title')}
      </h2>
      <p>{t('safetyCopies.about')}</p>
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{copies === null && !problem ? t('safetyCopies.looking') : news}</StatusMessage>
      {copies !== null && copies.length === 0 ? <p className="quiet">{t('safetyCopies.none')}</p> : null}
      {copies !== null && copies.length > 0 ? (
        <ul className="safety-copy-list" aria-label={t('safetyCopies.title')}>
          {copies.map((copy) => {
            const when = momentInWords(copy.createdAt);
            return (
              <li key={copy.id} className="safety-copy">
                <p className="safety-copy-when">
                  <Trans
                    t={t}
                    i18nKey="safetyCopies.kept"
                    values={{ when, size: sizeInWords(copy.sizeBytes) }}
                    components={{ quiet: <span className="quiet" /> }}
                  />
                </p>
                {confirming?.id === copy.id ? null : (
                  <button
                    type="button"
                    className="button-small"
                    aria-disabled={deleting || undefined}
                    onClick={() => {
                      setNews(null);
                      setConfirming(copy);
                    }}
                  >
                    <Trans t={t} i18nKey="safetyCopies.delete" values={{ when }} components={{ hidden: <span className="visually-hidden" /> }} />
                  </button>
                )}
                {confirming?.id === copy.id ? (
                  <div
                    className="card backup-confirm"
                    role="group"
                    aria-labelledby="safety-copy-confirm-title"
                    aria-describedby="safety-copy-confirm-text"
                  >
                    <h3 id="safety-copy-confirm-title" ref={confirmRef} tabIndex={-1}>
                      {t('safetyCopies.confirmTitle')}
                    </h3>
                    <p id="safety-copy-confirm-text">{t('safetyCopies.confirmText')}</p>
                    <div className="button-row">
                      <button
                        type="button"
                        className="button button-danger"
                        aria-disabled={deleting || undefined}
                        onClick={() => void remove(copy)}
                      >
                        {t('safetyCopies.deleteForGood')}
                      </button>
                      <button
                        type="button"
                        className="button button-quiet"
                        onClick={() => {
                          setConfirming(null);
                          requestAnimationFrame(() => headingRef.current?.focus());
                        }}
                      >
                        {t('safetyCopies.keep')}
                      </button>
                    </div>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
