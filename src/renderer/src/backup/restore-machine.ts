import type { BackupSummary, RestoreMode } from '../../../shared/ipc/features/backup';
import { t } from '../i18n';

/**
 * Restoring a backup as an explicit state machine: every stage the Restore section can be
 * in, the events that move it, and where the keyboard goes after each move. Pure (no React,
 * no IPC), so each transition is tested on its own; RestoreBackup.tsx runs the calls.
 *
 *   idle → choosing → asking-passphrase → inspecting → summary → (confirming →) restoring → done
 *
 * A failure returns to the stage it came from, with the problem to show.
 */

/** The file chosen in main's open dialog: a token for main and the file's name to show. */
export interface ChosenFile {
  token: string;
  fileName: string;
}

/** Where the keyboard goes once the new stage is drawn (null: it stays where it is). */
export type RestoreFocus = 'choose' | 'passphrase' | 'problem' | 'summary' | 'confirm' | 'replace' | 'done' | null;

/** Only this code means the passphrase itself was wrong; any other refusal is about the file. */
export const WRONG_PASSPHRASE = 'BACKUP_WRONG_PASSPHRASE';

interface Base {
  /** main's sentence about what went wrong, shown above the section's content. */
  problem: string | null;
  focus: RestoreFocus;
}

interface WithFile extends Base {
  file: ChosenFile;
  passphrase: string;
}

interface WithSummary extends WithFile {
  summary: BackupSummary;
  /** Whether this journal looked empty (the backup goes straight in) or must be replaced. */
  empty: boolean;
}

export type RestoreState =
  | (Base & { stage: 'idle' })
  | (Base & { stage: 'choosing'; back: Exclude<RestoreState, { stage: 'choosing' }> })
  | (WithFile & {
      stage: 'asking-passphrase';
      /** The field's own error ("please type it"), shown under it. */
      fieldError: string | null;
      /** True only when main said the passphrase was wrong: then, and only then, the field is marked. */
      wrongPassphrase: boolean;
    })
  | (WithFile & { stage: 'inspecting' })
  | (WithSummary & { stage: 'summary' })
  | (WithSummary & { stage: 'confirming' })
  | (WithSummary & { stage: 'restoring'; mode: RestoreMode })
  | (Base & { stage: 'done'; summary: BackupSummary; mode: RestoreMode });

export type RestoreStage = RestoreState['stage'];

export type RestoreEvent =
  | { type: 'choose' }
  | { type: 'chosen'; file: ChosenFile }
  | { type: 'choose-cancelled' }
  | { type: 'choose-failed'; message: string }
  | { type: 'type'; passphrase: string }
  | { type: 'open' }
  | { type: 'inspected'; summary: BackupSummary; empty: boolean }
  | { type: 'inspect-failed'; code: string; message: string }
  | { type: 'cancel' }
  | { type: 'ask-replace' }
  | { type: 'keep' }
  | { type: 'restore'; mode: RestoreMode }
  | { type: 'restored'; summary: BackupSummary }
  | { type: 'restore-failed'; code: string; message: string };

export const INITIAL_RESTORE: RestoreState = { stage: 'idle', problem: null, focus: null };

/** While main is working, nothing else may start (a second click, a cancel). */
export const isBusy = (state: RestoreState): boolean =>
  state.stage === 'choosing' || state.stage === 'inspecting' || state.stage === 'restoring';

/** The next state; an event that does not belong to the current stage changes nothing. */
export function restoreReducer(state: RestoreState, event: RestoreEvent): RestoreState {
  switch (event.type) {
    case 'choose':
      if (state.stage !== 'idle' && state.stage !== 'asking-passphrase' && state.stage !== 'done') return state;
      return { stage: 'choosing', back: { ...state, problem: null, focus: null }, problem: null, focus: null };

    case 'chosen':
      if (state.stage !== 'choosing') return state;
      return {
        stage: 'asking-passphrase',
        file: event.file,
        passphrase: '',
        fieldError: null,
        wrongPassphrase: false,
        problem: null,
        focus: 'passphrase',
      };

    case 'choose-cancelled':
      return state.stage === 'choosing' ? state.back : state;

    case 'choose-failed':
      if (state.stage !== 'choosing') return state;
      return { ...state.back, problem: event.message, focus: 'problem' };

    case 'type':
      if (state.stage !== 'asking-passphrase') return state;
      return { ...state, passphrase: event.passphrase, fieldError: null, focus: null };

    case 'open':
      if (state.stage !== 'asking-passphrase') return state;
      if (state.passphrase === '') return { ...state, fieldError: t('backup:restore.emptyPassphrase'), problem: null, focus: 'passphrase' };
      return { stage: 'inspecting', file: state.file, passphrase: state.passphrase, problem: null, focus: null };

    case 'inspected':
      if (state.stage !== 'inspecting') return state;
      return { ...state, stage: 'summary', summary: event.summary, empty: event.empty, problem: null, focus: 'summary' };

    case 'inspect-failed': {
      if (state.stage !== 'inspecting') return state;
      // A wrong passphrase is the field's fault: mark it and go back to it. A damaged or
      // foreign file is not: the field stays as typed, unmarked, and the message takes focus.
      const wrongPassphrase = event.code === WRONG_PASSPHRASE;
      return {
        ...state,
        stage: 'asking-passphrase',
        fieldError: null,
        wrongPassphrase,
        problem: event.message,
        focus: wrongPassphrase ? 'passphrase' : 'problem',
      };
    }

    case 'cancel':
      if (state.stage !== 'asking-passphrase' && state.stage !== 'summary' && state.stage !== 'confirming') return state;
      return { stage: 'idle', problem: null, focus: 'choose' };

    case 'ask-replace':
      if (state.stage !== 'summary' || state.empty) return state;
      return { ...state, stage: 'confirming', problem: null, focus: 'confirm' };

    case 'keep':
      if (state.stage !== 'confirming') return state;
      return { ...state, stage: 'summary', focus: 'replace' };

    case 'restore': {
      // "Into" only goes where the journal looked empty; "replace" only after the confirmation.
      const allowed =
        event.mode === 'into-empty' ? state.stage === 'summary' && state.empty : state.stage === 'confirming';
      if (!allowed || (state.stage !== 'summary' && state.stage !== 'confirming')) return state;
      return { ...state, stage: 'restoring', mode: event.mode, problem: null, focus: null };
    }

    case 'restored':
      if (state.stage !== 'restoring') return state;
      return { stage: 'done', summary: event.summary, mode: state.mode, problem: null, focus: 'done' };

    case 'restore-failed':
      if (state.stage !== 'restoring') return state;
      return {
        stage: 'summary',
        file: state.file,
        passphrase: state.passphrase,
        summary: state.summary,
        // Something was written after all: this journal is no longer empty, so offer to replace it.
        empty: event.code === 'JOURNAL_NOT_EMPTY' ? false : state.empty,
        problem: event.message,
        focus: 'summary',
      };
  }
}
