import { useCallback, useEffect, useState } from 'react';
import { signalActivity } from '../../ui/activity';

export type TimerPhase = 'ready' | 'running' | 'paused' | 'ended';

interface TimerState {
  /** Whose turn, by position in the step's turn order. */
  turn: number;
  phase: TimerPhase;
  /** While running: the moment (Date.now) the turn ends. */
  endsAt: number;
  /** While ready or paused: what is left of the turn. */
  leftMs: number;
}

export interface TurnTimer extends TimerState {
  turns: number;
  /** Starts the turn now (the first, the next after one ended, or the first again after the last). */
  start: () => void;
  pause: () => void;
  resume: () => void;
}

const TICK_MS = 250;

/**
 * A countdown of `turns` turns of `seconds` each. Time left is always endsAt − Date.now(), so
 * a slow or throttled interval never stretches a turn (and a test clock can jump ahead).
 */
export function useTurnTimer(seconds: number, turns: number): TurnTimer {
  const total = seconds * 1000;
  const [state, setState] = useState<TimerState>({ turn: 0, phase: 'ready', endsAt: 0, leftMs: total });

  useEffect(() => {
    if (state.phase !== 'running') return;
    const tick = () =>
      setState((now) => {
        if (now.phase !== 'running') return now;
        const left = now.endsAt - Date.now();
        return left <= 0 ? { ...now, phase: 'ended', leftMs: 0 } : { ...now, leftMs: left };
      });
    const interval = setInterval(tick, TICK_MS);
    // A turn running means the couple is here, talking: keep the idle auto-lock away.
    const presence = setInterval(signalActivity, 30_000);
    return () => {
      clearInterval(interval);
      clearInterval(presence);
    };
  }, [state.phase, state.endsAt]);

  const start = useCallback(
    () =>
      setState((now) => {
        if (now.phase === 'running' || now.phase === 'paused') return now;
        const turn = now.phase === 'ended' ? (now.turn + 1) % turns : now.turn;
        return { turn, phase: 'running', endsAt: Date.now() + total, leftMs: total };
      }),
    [total, turns],
  );
  const pause = useCallback(
    () =>
      setState((now) =>
        now.phase === 'running' ? { ...now, phase: 'paused', leftMs: Math.max(0, now.endsAt - Date.now()) } : now,
      ),
    [],
  );
  const resume = useCallback(
    () =>
      setState((now) => (now.phase === 'paused' ? { ...now, phase: 'running', endsAt: Date.now() + now.leftMs } : now)),
    [],
  );

  return { ...state, turns, start, pause, resume };
}
