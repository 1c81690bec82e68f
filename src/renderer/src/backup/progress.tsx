import { useCallback, useEffect, useRef, useState } from 'react';
import { StatusMessage } from '../ui';
import { overallFraction, phaseInWords, type BackupTask } from './words';

export interface TaskProgress {
  /** 0 to 1, or null before the first report (the bar then shows it is busy without a value). */
  fraction: number | null;
  phase: string | null;
}

/**
 * Follows main's progress reports (window.hearth.onProgress) for one backup task while it
 * runs. It listens from the moment the screen appears, so no early report is missed, and
 * takes reports only between start() and stop(), and only for the task it was started for.
 */
export function useTaskProgress(): TaskProgress & { start: (task: BackupTask) => void; stop: () => void } {
  const [state, setState] = useState<TaskProgress>({ fraction: null, phase: null });
  const running = useRef<BackupTask | null>(null);

  useEffect(
    () =>
      window.hearth.onProgress((progress) => {
        const task = running.current;
        if (!task || progress.taskId !== task) return;
        setState((before) => ({ fraction: overallFraction(task, progress, before.fraction ?? 0), phase: progress.phase }));
      }),
    [],
  );

  const start = useCallback((task: BackupTask) => {
    running.current = task;
    setState({ fraction: null, phase: null });
  }, []);
  const stop = useCallback(() => {
    running.current = null;
  }, []);
  return { ...state, start, stop };
}

/** A labelled progress bar for backup work, with the current step in words. */
export function ProgressBar({ id, label, progress, waiting }: { id: string; label: string; progress: TaskProgress; waiting: string }) {
  return (
    <div className="backup-progress">
      <p id={`${id}-label`} className="backup-progress-label">
        {label}
      </p>
      <progress
        id={id}
        aria-labelledby={`${id}-label`}
        max={1}
        value={progress.fraction ?? undefined}
        data-phase={progress.phase ?? undefined}
      />
      <StatusMessage>{progress.phase ? (phaseInWords(progress.phase) ?? waiting) : waiting}</StatusMessage>
    </div>
  );
}
