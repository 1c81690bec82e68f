import { describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../../../src/shared/ipc/features/backup';
import {
  INITIAL_RESTORE,
  isBusy,
  restoreReducer,
  type RestoreEvent,
  type RestoreState,
} from '../../../../src/renderer/src/backup/restore-machine';

const FILE = { token: 'token-1', fileName: 'ours.age' };
const SUMMARY: BackupSummary = {
  formatVersion: 1,
  appVersion: '1.0.0',
  exportedAt: '2026-12-01T10:00:00.000Z',
  partners: [],
  entries: 3,
  inTrash: 0,
  checkIns: 1,
  sessions: 1,
  firstDay: '2026-11-30',
  lastDay: '2026-12-01',
};
const DAMAGED = 'This backup file is damaged or incomplete, so it cannot be restored. Nothing was changed.';
const WRONG = 'That passphrase does not open this backup. Nothing was changed.';

const run = (...events: RestoreEvent[]): RestoreState => events.reduce(restoreReducer, INITIAL_RESTORE);
const typedIn: RestoreEvent[] = [{ type: 'choose' }, { type: 'chosen', file: FILE }, { type: 'type', passphrase: 'our words' }];
const opened = (empty: boolean): RestoreEvent[] => [...typedIn, { type: 'open' }, { type: 'inspected', summary: SUMMARY, empty }];

describe('choosing a backup file', () => {
  it('goes idle → choosing → asking-passphrase with an empty field, and focus on it', () => {
    const choosing = run({ type: 'choose' });
    expect(choosing.stage).toBe('choosing');
    expect(isBusy(choosing)).toBe(true);
    const asking = restoreReducer(choosing, { type: 'chosen', file: FILE });
    expect(asking).toMatchObject({ stage: 'asking-passphrase', file: FILE, passphrase: '', wrongPassphrase: false, focus: 'passphrase' });
  });

  it('a closed dialog returns to where it was; a refused one too, with main’s sentence focused', () => {
    expect(run({ type: 'choose' }, { type: 'choose-cancelled' }).stage).toBe('idle');
    const again = run(...typedIn, { type: 'choose' }, { type: 'choose-cancelled' });
    expect(again).toMatchObject({ stage: 'asking-passphrase', file: FILE, passphrase: 'our words' });
    expect(run({ type: 'choose' }, { type: 'choose-failed', message: 'No.' })).toMatchObject({
      stage: 'idle',
      problem: 'No.',
      focus: 'problem',
    });
  });

  it('ignores a second "choose" while the dialog is open', () => {
    const choosing = run({ type: 'choose' });
    expect(restoreReducer(choosing, { type: 'choose' })).toBe(choosing);
  });
});

describe('opening it with the passphrase', () => {
  it('asks for the passphrase when none is typed, and goes nowhere', () => {
    const state = run({ type: 'choose' }, { type: 'chosen', file: FILE }, { type: 'open' });
    expect(state).toMatchObject({ stage: 'asking-passphrase', fieldError: 'Please type the passphrase this backup was made with.', focus: 'passphrase' });
    // Typing clears the field's own error.
    expect(restoreReducer(state, { type: 'type', passphrase: 'x' })).toMatchObject({ fieldError: null });
  });

  it('inspects, then shows the summary with focus on its heading', () => {
    const inspecting = run(...typedIn, { type: 'open' });
    expect(inspecting).toMatchObject({ stage: 'inspecting', passphrase: 'our words' });
    expect(isBusy(inspecting)).toBe(true);
    expect(restoreReducer(inspecting, { type: 'cancel' })).toBe(inspecting);
    expect(run(...opened(true))).toMatchObject({ stage: 'summary', summary: SUMMARY, empty: true, focus: 'summary' });
  });

  it('a wrong passphrase marks the field and sends the keyboard back to it', () => {
    const state = run(...typedIn, { type: 'open' }, { type: 'inspect-failed', code: 'BACKUP_WRONG_PASSPHRASE', message: WRONG });
    expect(state).toMatchObject({ stage: 'asking-passphrase', wrongPassphrase: true, problem: WRONG, focus: 'passphrase' });
  });

  it('a damaged backup does not mark the field: the message takes focus, what was typed stays', () => {
    for (const code of ['BACKUP_DAMAGED', 'BACKUP_NOT_AGE', 'BACKUP_INVALID', 'BACKUP_UNREADABLE']) {
      const state = run(...typedIn, { type: 'open' }, { type: 'inspect-failed', code, message: DAMAGED });
      expect(state, code).toMatchObject({
        stage: 'asking-passphrase',
        wrongPassphrase: false,
        problem: DAMAGED,
        focus: 'problem',
        passphrase: 'our words',
      });
    }
  });

  it('after a wrong passphrase, a damaged file unmarks the field again', () => {
    const state = run(
      ...typedIn,
      { type: 'open' },
      { type: 'inspect-failed', code: 'BACKUP_WRONG_PASSPHRASE', message: WRONG },
      { type: 'open' },
      { type: 'inspect-failed', code: 'BACKUP_DAMAGED', message: DAMAGED },
    );
    expect(state).toMatchObject({ wrongPassphrase: false, focus: 'problem' });
  });
});

describe('restoring', () => {
  it('an empty journal takes the backup straight in, and says so', () => {
    const restoring = run(...opened(true), { type: 'restore', mode: 'into-empty' });
    expect(restoring).toMatchObject({ stage: 'restoring', mode: 'into-empty' });
    expect(restoreReducer(restoring, { type: 'restored', summary: SUMMARY })).toMatchObject({ stage: 'done', mode: 'into-empty', focus: 'done' });
  });

  it('a journal with things in it is replaced only after the confirmation', () => {
    const summary = run(...opened(false));
    expect(restoreReducer(summary, { type: 'restore', mode: 'replace' })).toBe(summary);
    expect(restoreReducer(summary, { type: 'restore', mode: 'into-empty' })).toBe(summary);
    const confirming = restoreReducer(summary, { type: 'ask-replace' });
    expect(confirming).toMatchObject({ stage: 'confirming', focus: 'confirm' });
    expect(restoreReducer(confirming, { type: 'keep' })).toMatchObject({ stage: 'summary', focus: 'replace' });
    const restoring = restoreReducer(confirming, { type: 'restore', mode: 'replace' });
    expect(restoring).toMatchObject({ stage: 'restoring', mode: 'replace' });
    expect(restoreReducer(restoring, { type: 'keep' })).toBe(restoring);
  });

  it('a refused restore returns to the summary with the sentence; "not empty" offers to replace', () => {
    const failed = run(...opened(true), { type: 'restore', mode: 'into-empty' }, {
      type: 'restore-failed',
      code: 'JOURNAL_NOT_EMPTY',
      message: 'Not empty.',
    });
    expect(failed).toMatchObject({ stage: 'summary', empty: false, problem: 'Not empty.', focus: 'summary' });
    expect(restoreReducer(failed, { type: 'ask-replace' }).stage).toBe('confirming');
  });

  it('cancel leaves for the start from any waiting stage, with focus on "Choose a backup file"', () => {
    for (const events of [typedIn, opened(true), [...opened(false), { type: 'ask-replace' } as const]]) {
      expect(run(...events, { type: 'cancel' })).toEqual({ stage: 'idle', problem: null, focus: 'choose' });
    }
  });

  it('after a restore another file can be chosen', () => {
    const done = run(...opened(true), { type: 'restore', mode: 'into-empty' }, { type: 'restored', summary: SUMMARY });
    expect(restoreReducer(done, { type: 'choose' }).stage).toBe('choosing');
  });
});
