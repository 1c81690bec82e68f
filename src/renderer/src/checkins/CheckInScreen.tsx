import { useEffect, useRef, useState } from 'react';
import { Trans } from 'react-i18next';
import type { CheckIn } from '../../../shared/ipc/features/checkins';
import type { PartnerSlot } from '../../../shared/model';
import type { PartnerNames } from '../ui/partner-names';
import { useT } from '../i18n';
import { ScreenHeading } from '../ui';
import { CheckInForm } from './CheckInForm';
import { CheckInHistory } from './CheckInHistory';
import './checkins.css';

type Step =
  | { kind: 'choose' }
  | { kind: 'filling'; partner: PartnerSlot }
  | { kind: 'thanks'; checkIn: CheckIn };

const other = (partner: PartnerSlot): PartnerSlot => (partner === 'a' ? 'b' : 'a');

/**
 * A quick, private check-in: one partner at a time, three gentle scales and a note. While
 * one partner fills theirs in, nothing of the other's is on the screen; the recent ones
 * appear only when asked for, between turns.
 */
export function CheckInScreen({ names, onOpenHelp }: { names: PartnerNames; onOpenHelp?: () => void }) {
  const { t } = useT('checkins');
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [doneThisVisit, setDoneThisVisit] = useState<PartnerSlot[]>([]);
  const [showHistory, setShowHistory] = useState(false);
  const thanksHeading = useRef<HTMLHeadingElement>(null);
  const chooseHeading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  useEffect(() => {
    if (step.kind === 'thanks') thanksHeading.current?.focus();
    // Back at the choice after a turn (not on arrival, where the screen heading has focus).
    if (step.kind === 'choose' && !firstStep.current) chooseHeading.current?.focus();
    firstStep.current = false;
  }, [step]);

  const start = (partner: PartnerSlot) => {
    setShowHistory(false);
    setStep({ kind: 'filling', partner });
  };

  return (
    <div className="checkins">
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p className="lede">{t('lede')}</p>

      {step.kind === 'filling' ? (
        <CheckInForm
          key={step.partner}
          partner={step.partner}
          name={names[step.partner]}
          otherName={names[other(step.partner)]}
          onSaved={(checkIn) => {
            setDoneThisVisit((done) => [...new Set([...done, checkIn.partner])]);
            setStep({ kind: 'thanks', checkIn });
          }}
          onCancel={() => setStep({ kind: 'choose' })}
        />
      ) : step.kind === 'thanks' ? (
        <section className="card checkin-thanks" aria-labelledby="checkin-thanks-title">
          <h2 id="checkin-thanks-title" ref={thanksHeading} tabIndex={-1}>
            {t('thanks.title', { name: names[step.checkIn.partner] })}
          </h2>
          <p>{t('thanks.saved')}</p>
          {step.checkIn.safe <= 2 && onOpenHelp ? (
            <p className="quiet">
              <Trans t={t} i18nKey="thanks.help" components={{ open: <button type="button" className="button-link" onClick={onOpenHelp} /> }} />
            </p>
          ) : null}
          <div className="button-row">
            {!doneThisVisit.includes(other(step.checkIn.partner)) ? (
              <button type="button" className="button button-primary" onClick={() => start(other(step.checkIn.partner))}>
                {t('thanks.turn', { name: names[other(step.checkIn.partner)] })}
              </button>
            ) : null}
            <button type="button" className="button button-quiet" onClick={() => setStep({ kind: 'choose' })}>
              {t('thanks.done')}
            </button>
          </div>
        </section>
      ) : (
        <>
          <section className="card checkin-choose" aria-labelledby="checkin-choose-title">
            <h2 id="checkin-choose-title" ref={chooseHeading} tabIndex={-1}>
              {t('choose.title')}
            </h2>
            <p className="quiet">{t('choose.handOver')}</p>
            <div className="button-row">
              {(['a', 'b'] as const).map((partner) => (
                <button key={partner} type="button" className="button checkin-who" onClick={() => start(partner)}>
                  {doneThisVisit.includes(partner) ? (
                    <Trans t={t} i18nKey="choose.justNow" values={{ name: names[partner] }} components={{ hidden: <span className="visually-hidden" /> }} />
                  ) : (
                    names[partner]
                  )}
                </button>
              ))}
            </div>
          </section>
          <section className="checkin-recent" aria-labelledby="checkin-recent-title">
            <h2 id="checkin-recent-title">{t('recent.title')}</h2>
            <p className="quiet">{t('recent.apart')}</p>
            <button
              type="button"
              className="button button-quiet"
              aria-expanded={showHistory}
              aria-controls="checkin-history"
              onClick={() => setShowHistory((shown) => !shown)}
            >
              {showHistory ? t('recent.hide') : t('recent.show')}
            </button>
            <div id="checkin-history">{showHistory ? <CheckInHistory names={names} /> : null}</div>
          </section>
        </>
      )}
    </div>
  );
}
