import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, decodeBackupDocument, parseBackupDocument, summarize, type BackupDocument } from '../../../../../src/main/core/backup/document';

const SECRET = 'a sentence only the couple knows';

const valid = (): BackupDocument => ({
  format: 'hearth-backup',
  version: 1,
  appVersion: '0.1.0',
  schemaVersion: 20,
  exportedAt: '2026-11-25T18:00:00.000Z',
  partners: [
    { slot: 'a', name: 'Ada', createdAt: 1 },
    { slot: 'b', name: 'Bo', createdAt: 1 },
  ],
  settings: [{ key: 'theme', value: '"dark"' }],
  sessions: [
    { id: '6f1c1e7a-0b0d-4a53-9c39-0a8e2f6d1a01', exerciseId: 'quality-time-walk', theme: 'quality-time', status: 'completed', stepIndex: 2, state: '{"firstSpeaker":"a","feelings":{"a":4,"b":null}}', startedAt: 5, updatedAt: 6, completedAt: 6, completedDay: '2026-01-02' },
  ],
  entries: [
    { uid: 'e1', author: 'both', kind: 'reflection', body: SECRET, mood: 3, tags: ['us'], sessionId: '6f1c1e7a-0b0d-4a53-9c39-0a8e2f6d1a01', createdAt: 10, updatedAt: 11, day: '2026-01-03', deletedAt: null },
    { uid: 'e2', author: 'a', kind: 'free', body: 'A note.', mood: null, tags: [], sessionId: null, createdAt: 12, updatedAt: 12, day: '2025-12-30', deletedAt: 20 },
  ],
  checkIns: [{ uid: 'c1', partner: 'b', close: 1, safe: 5, heard: 3, note: null, createdAt: 9, day: '2026-01-04' }],
});

const refusal = (value: unknown) => {
  try {
    parseBackupDocument(value);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('accepted');
};

describe('the backup document', () => {
  it('accepts a whole, valid document as it is', () => {
    expect(parseBackupDocument(valid())).toEqual(valid());
    expect(BACKUP_VERSION).toBe(1);
  });

  it('refuses, by path and never by value, anything that is not exactly right', () => {
    const doc = valid();
    const broken: Record<string, unknown> = {
      'an unknown top-level field': { ...doc, extra: SECRET },
      'an unknown entry field': { ...doc, entries: [{ ...doc.entries[0], secret: SECRET }] },
      'a mood of 6': { ...doc, entries: [{ ...doc.entries[0], mood: 6 }] },
      'an author c': { ...doc, entries: [{ ...doc.entries[0], author: 'c' }] },
      'a day that is not YYYY-MM-DD': { ...doc, entries: [{ ...doc.entries[0], day: SECRET }] },
      'a fractional time': { ...doc, entries: [{ ...doc.entries[0], createdAt: 1.5 }] },
      'a time past the year 275760': { ...doc, entries: [{ ...doc.entries[0], createdAt: 9e15 }] },
      'a reflection of a session not in the file': { ...doc, sessions: [] },
      'a duplicate entry id': { ...doc, entries: [...doc.entries, doc.entries[0]] },
      'a duplicate tag': { ...doc, entries: [{ ...doc.entries[0], tags: ['us', 'us'] }] },
      'two partners a': { ...doc, partners: [doc.partners[0], doc.partners[0]] },
      'a duplicate setting': { ...doc, settings: [...doc.settings, ...doc.settings] },
      'a rating of 0': { ...doc, checkIns: [{ ...doc.checkIns[0], heard: 0 }] },
      'a missing list': { ...doc, checkIns: undefined },
      'an exportedAt that is not a time': { ...doc, exportedAt: 'yesterday' },
    };
    for (const [name, value] of Object.entries(broken)) {
      const error = refusal(value);
      expect(error.code, name).toBe('BACKUP_INVALID');
      expect(error.message, name).not.toContain(SECRET);
      expect(error.message, name).toMatch(/^This backup opened, but .* Nothing was changed\.$/);
    }
    expect(refusal({ ...doc, entries: [{ ...doc.entries[0], mood: 6 }] }).message).toContain('entries.0.mood');
  });

  it('tells apart another kind of file, a newer format, and a malformed envelope', () => {
    expect(refusal({ format: 'other', version: 1 }).code).toBe('BACKUP_INVALID');
    expect(refusal(null).code).toBe('BACKUP_INVALID');
    expect(refusal({ format: 'hearth-backup', version: 0 }).code).toBe('BACKUP_INVALID');
    expect(refusal({ format: 'hearth-backup', version: '1' }).code).toBe('BACKUP_INVALID');
    expect(refusal({ format: 'hearth-backup', version: 7 })).toMatchObject({ code: 'BACKUP_FROM_FUTURE', message: expect.stringContaining('backup format 7') });
  });

  it('decodes only UTF-8 JSON', () => {
    expect(decodeBackupDocument(Buffer.from(JSON.stringify(valid())))).toEqual(valid());
    expect(() => decodeBackupDocument(Buffer.from([0xc3, 0x28]))).toThrow(expect.objectContaining({ code: 'BACKUP_INVALID' }));
    expect(() => decodeBackupDocument(Buffer.from('{"format":'))).toThrow(expect.objectContaining({ code: 'BACKUP_INVALID' }));
  });

  it('summarizes who, how much and which days, counting the trash apart', () => {
    expect(summarize(valid())).toEqual({
      formatVersion: 1,
      appVersion: '0.1.0',
      exportedAt: '2026-11-25T18:00:00.000Z',
      partners: [{ slot: 'a', name: 'Ada' }, { slot: 'b', name: 'Bo' }],
      entries: 1,
      inTrash: 1,
      checkIns: 1,
      sessions: 1,
      firstDay: '2025-12-30',
      lastDay: '2026-01-04',
    });
    expect(summarize({ ...valid(), entries: [], checkIns: [], sessions: [] })).toMatchObject({ firstDay: null, lastDay: null });
  });
});
