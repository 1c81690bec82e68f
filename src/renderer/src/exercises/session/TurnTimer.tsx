import type { PartnerNames } from '../../ui/partner-names';
import type { PartnerSlot } from '../../../../shared/model';
import { clockFace, durationWords } from '../words';
import { useTurnTimer } from './use-turn-timer';
import { t as translate, useT } from '../../i18n';

interface TurnTimerProps {
  seconds: number;
  /** Who takes each turn, in order; empty when the time is for both together. */
  turns: PartnerSlot[];
  names: PartnerNames;
  /** After the last turn, does someone else take over (swap) or do you simply go on? */
  swapsAfter: boolean;
}

/** The sentence read out (assertively) and shown when a turn's time runs out. */
function timeUpNews(turns: PartnerSlot[], turn: number, names: PartnerNames, swapsAfter: boolean): string {
  if (turns.length === 0) return translate('exercises:timer.timeUp');
  const name = names[turns[turn]!];
  const moreTurns = turn < turns.length - 1;
  return translate(moreTurns || swapsAfter ? 'exercises:timer.timeUpSwap' : 'exercises:timer.timeUpGoOn', { name });
}

/**
 * A quiet countdown for a timed step: Start, Pause, Resume, and, for per-partner timers,
 * one turn after the other. No sound: the end is shown, and announced to screen readers.
 */
export function TurnTimer({ seconds, turns, names, swapsAfter }: TurnTimerProps) {
  const { t } = useT('exercises');
  const timer = useTurnTimer(seconds, Math.max(1, turns.length));
  const who = turns.length > 0 ? names[turns[timer.turn]!] : null;
  const lastTurn = timer.turn === timer.turns - 1;
  const next = turns.length > 0 && !lastTurn ? names[turns[timer.turn + 1]!] : null;
  const news = timer.phase === 'ended' ? timeUpNews(turns, timer.turn, names, swapsAfter) : '';

  const button =
    timer.phase === 'running'
      ? { label: t('timer.pause'), act: timer.pause }
      : timer.phase === 'paused'
        ? { label: t('timer.resume'), act: timer.resume }
        : timer.phase === 'ended'
          ? { label: next ? t('timer.startTurn', { name: next }) : t('timer.startAgain'), act: timer.start }
          : { label: who ? t('timer.startTurn', { name: who }) : t('timer.start'), act: timer.start };

  const title = who ? t('timer.turn', { name: who }) : t('timer.together');
  const length = turns.length > 1 ? t('timer.each', { length: durationWords(seconds) }) : durationWords(seconds);
  return (
    <section className="turn-timer" aria-labelledby="turn-timer-title">
      {/* The name is given whole: a hidden ", " between two boxes was read as "turn , 3 minutes". */}
      <h3 id="turn-timer-title" className="turn-timer-title" aria-label={t('timer.name', { title, length })}>
        {title}
        <span className="turn-timer-length">{length}</span>
      </h3>
      <p className={`turn-timer-clock turn-timer-${timer.phase}`} role="timer" aria-live="off">
        {clockFace(timer.leftMs)}
      </p>
      {timer.phase === 'paused' ? <p className="turn-timer-state">{t('timer.paused')}</p> : null}
      <button type="button" className="button turn-timer-button" onClick={button.act}>
        {button.label}
      </button>
      <p className="turn-timer-news" aria-live="assertive">
        {news}
      </p>
    </section>
  );
}
