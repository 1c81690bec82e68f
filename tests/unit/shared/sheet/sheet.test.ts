import { describe, expect, it } from 'vitest';
import { CATALOGUE, Exercise, exerciseById, type ExerciseInput } from '../../../../src/shared/exercises';
import {
  buildSheet,
  dayLabel,
  defaultPaper,
  durationLabel,
  PAPER_NOTICE,
  Sheet,
  SHEET_LIMITS,
  sheetBlocks,
  sheetFileName,
  sheetPdfSettings,
  SheetRequestError,
  type SheetOptions,
  type SheetRequest,
} from '../../../../src/shared/sheet';

const NAMES = { a: 'Ada', b: 'Bo' };
const OPTIONS: SheetOptions = { paper: 'A4', includeReflection: true, includeNotes: true };
const request = (exerciseIds: string[], options: Partial<SheetOptions> = {}): SheetRequest => ({
  exerciseIds,
  options: { ...OPTIONS, ...options },
  names: NAMES,
  date: '2026-11-25',
});
const turnsOf = (sheet: Sheet, id: string) => sheet.exercises.find((exercise) => exercise.id === id)!.turns;

describe('a conversation sheet', () => {
  it('carries the title, both names, the day in words and the paper notice', () => {
    const sheet = buildSheet(request(['three-minutes-each', 'weekly-check-in']));
    expect(sheet).toMatchObject({
      title: 'Conversation sheet',
      date: '2026-11-25',
      dateLabel: '25 November 2026',
      names: { a: 'Ada', b: 'Bo' },
      paper: 'A4',
      notice: PAPER_NOTICE,
      excerpt: null,
    });
    expect(sheet.notice).toMatch(/not encrypted/);
    expect(sheet.exercises.map((exercise) => exercise.id)).toEqual(['three-minutes-each', 'weekly-check-in']);
  });

  it('gives each exercise its why, theme, length and safety note', () => {
    const sheet = buildSheet(request(['when-a-promise-slipped']));
    const source = exerciseById('when-a-promise-slipped')!;
    expect(sheet.exercises[0]).toMatchObject({
      title: source.title,
      why: source.why,
      theme: 'Cultivate trust',
      minutes: source.minutes,
      safetyNote: source.safetyNote,
    });
  });

  it('names the speaker and the listener, and swaps them where the exercise says', () => {
    const turns = turnsOf(buildSheet(request(['three-minutes-each'])), 'three-minutes-each');
    expect(turns.map((turn) => [turn.key.split(':')[1], turn.role, turn.who])).toEqual([
      ['choose-roles', 'together', 'Together'],
      ['first-speak', 'speaker', 'Ada'],
      ['first-reflect', 'listener', 'Bo'],
      ['first-correct', 'speaker', 'Ada'],
      ['second-speak', 'speaker', 'Bo'],
      ['second-reflect', 'listener', 'Ada'],
      ['second-correct', 'speaker', 'Bo'],
      ['close', 'together', 'Together'],
    ]);
    expect(turns[1]!.label).toBe('Ada speaks, Bo listens');
    expect(turns[2]!.label).toBe('Bo listens and answers');
    expect(turns[3]!.then).toBe('Now swap roles: Bo speaks and Ada listens.');
    expect(turns.filter((turn) => turn.then !== null)).toHaveLength(1);
    expect(turns[1]!.timer).toBe('3 minutes');
  });

  it('starts with the other partner when they are chosen to speak first', () => {
    const turns = turnsOf(buildSheet(request(['three-minutes-each'], { firstSpeaker: 'b' })), 'three-minutes-each');
    expect(turns.slice(1, 5).map((turn) => turn.who)).toEqual(['Bo', 'Ada', 'Bo', 'Ada']);
  });

  it('splits a step both partners take into one turn each, the first speaker first', () => {
    const turns = turnsOf(buildSheet(request(['weekly-check-in'], { firstSpeaker: 'b' })), 'weekly-check-in');
    const appreciations = turns.filter((turn) => turn.key.startsWith('weekly-check-in:appreciate'));
    expect(appreciations.map((turn) => [turn.who, turn.label])).toEqual([
      ['Bo', 'Bo’s turn'],
      ['Ada', 'Ada’s turn'],
    ]);
    expect(appreciations[0]!.instruction).toBe(exerciseById('weekly-check-in')!.steps[0]!.instruction);
    expect(appreciations[1]!.instruction).toBeNull();
    expect(appreciations[0]!.prompts).toEqual(appreciations[1]!.prompts);
    // A per-partner timer is each partner's own time.
    expect(appreciations[0]!.timer).toBe('2 minutes');
    expect(appreciations.map((turn) => turn.lines)).toEqual([2, 2]);
    expect(new Set(turns.map((turn) => turn.key)).size).toBe(turns.length);
  });

  it('resolves partnerA and partnerB to the names in those slots', () => {
    const custom: ExerciseInput = {
      ...(exerciseById('weekly-check-in') as ExerciseInput),
      id: 'custom',
      steps: [
        { id: 'one', actor: 'partnerB', title: 'First', instruction: 'B goes.', prompts: ['B says …'] },
        { id: 'two', actor: 'partnerA', title: 'Second', instruction: 'A goes.', prompts: [] },
      ],
    };
    const parsed = Exercise.parse(custom);
    const sheet = buildSheet(request(['custom'], { firstSpeaker: 'b' }), (id) => (id === 'custom' ? parsed : undefined));
    expect(sheet.exercises[0]!.turns.map((turn) => [turn.who, turn.role, turn.lines])).toEqual([
      ['Bo', 'partner', 2],
      ['Ada', 'partner', 0],
    ]);
  });

  it('prints every prompt of every chosen exercise, and its reflection questions', () => {
    for (const exercise of CATALOGUE) {
      const sheet = buildSheet(request([exercise.id]));
      const printed = sheet.exercises[0]!.turns.flatMap((turn) => turn.prompts);
      for (const step of exercise.steps) {
        for (const prompt of step.prompts) expect(printed, `${exercise.id}: ${prompt}`).toContain(prompt);
      }
      expect(sheet.exercises[0]!.reflection.map((r) => r.question)).toEqual(exercise.reflection);
    }
  });

  it('leaves out the reflection questions and the room for notes when asked', () => {
    const sheet = buildSheet(request(['weekly-check-in'], { includeReflection: false, includeNotes: false }));
    expect(sheet.exercises[0]!.reflection).toEqual([]);
    expect(sheet.exercises[0]!.notesLines).toBe(0);
    expect(sheet.exercises[0]!.turns.every((turn) => turn.lines === 0)).toBe(true);
    const blocks = sheetBlocks(sheet).map((block) => block.kind);
    expect(blocks).not.toContain('reflection');
    expect(blocks).not.toContain('notes');
  });

  it('has no passage of their own unless one is given', () => {
    expect(buildSheet(request(['weekly-check-in'])).excerpt).toBeNull();
    expect(buildSheet(request(['weekly-check-in'], { excerpt: '  \r\n \n' })).excerpt).toBeNull();
    const sheet = buildSheet(request(['weekly-check-in'], { excerpt: '\r\nWe walked to the river.\r\nIt rained.  \n' }));
    expect(sheet.excerpt).toBe('We walked to the river.\nIt rained.');
    expect(sheetBlocks(sheet).map((block) => block.kind).slice(0, 2)).toEqual(['header', 'excerpt']);
  });

  it('refuses a passage that is too long, with a sentence', () => {
    const long = 'x'.repeat(SHEET_LIMITS.excerptChars + 1);
    expect(() => buildSheet(request(['weekly-check-in'], { excerpt: long }))).toThrow(SheetRequestError);
    const manyLines = Array.from({ length: SHEET_LIMITS.excerptLines + 1 }, () => 'line').join('\n');
    expect(() => buildSheet(request(['weekly-check-in'], { excerpt: manyLines }))).toThrow(/30 lines/);
  });

  it('refuses no exercise, too many, an unknown one and a day that does not exist', () => {
    expect(() => buildSheet(request([]))).toThrow(/at least one exercise/);
    const thirteen = CATALOGUE.slice(0, SHEET_LIMITS.exercises + 1).map((exercise) => exercise.id);
    expect(() => buildSheet(request(thirteen))).toThrow(/up to 12/);
    expect(() => buildSheet(request(['no-such-exercise']))).toThrow(SheetRequestError);
    expect(() => buildSheet({ ...request(['weekly-check-in']), date: '2026-02-30' })).toThrow(SheetRequestError);
  });

  it('lists an exercise chosen twice only once', () => {
    const sheet = buildSheet(request(['weekly-check-in', 'weekly-check-in']));
    expect(sheet.exercises).toHaveLength(1);
  });

  it('builds, within the schema, for every exercise in the catalogue on both papers', () => {
    for (let start = 0; start < CATALOGUE.length; start += SHEET_LIMITS.exercises) {
      const ids = CATALOGUE.slice(start, start + SHEET_LIMITS.exercises).map((exercise) => exercise.id);
      for (const paper of ['A4', 'Letter'] as const) {
        const sheet = buildSheet(request(ids, { paper, excerpt: 'y'.repeat(SHEET_LIMITS.excerptChars) }));
        expect(Sheet.safeParse(sheet).success).toBe(true);
      }
    }
  });
});

describe('the sheet schema main checks', () => {
  const valid = () => structuredClone(buildSheet(request(['three-minutes-each'])));

  it.each([
    ['an extra key at the top', (s: Record<string, unknown>) => ({ ...s, script: 'x' })],
    ['an extra key in a turn', (s: any) => ((s.exercises[0].turns[0].html = '<b>'), s)],
    ['an unknown paper', (s: any) => ({ ...s, paper: 'A3' })],
    ['no exercises', (s: any) => ({ ...s, exercises: [] })],
    ['thirteen exercises', (s: any) => ({ ...s, exercises: Array(13).fill(s.exercises[0]) })],
    ['a huge instruction', (s: any) => ((s.exercises[0].turns[0].instruction = 'x'.repeat(10_000)), s)],
    ['a huge passage', (s: any) => ({ ...s, excerpt: 'x'.repeat(100_000) })],
    ['a name over 60 characters', (s: any) => ({ ...s, names: { a: 'x'.repeat(61), b: 'Bo' } })],
    ['a date that is not a day', (s: any) => ({ ...s, date: '../../etc/passwd' })],
    ['too many ruled lines', (s: any) => ((s.exercises[0].notesLines = 10_000), s)],
  ])('refuses %s', (_what, spoil) => {
    expect(Sheet.safeParse(spoil(valid() as never)).success).toBe(false);
  });
});

describe('the sheet blocks', () => {
  it('come in reading order, with each heading kept with what follows it', () => {
    const sheet = buildSheet(request(['three-minutes-each', 'weekly-check-in']));
    const blocks = sheetBlocks(sheet);
    expect(blocks[0]!.kind).toBe('header');
    expect(blocks.filter((block) => block.kind === 'exercise')).toHaveLength(2);
    for (const block of blocks) expect(block.keepWithNext).toBe(block.kind === 'exercise' || block.kind === 'reflection-heading');
    const turns = blocks.filter((block) => block.kind === 'turn').length;
    expect(turns).toBe(sheet.exercises.reduce((n, exercise) => n + exercise.turns.length, 0));
    expect(new Set(blocks.map((block) => block.key)).size).toBe(blocks.length);
  });
});

describe('small sheet helpers', () => {
  it('words durations as a timer would', () => {
    expect([60, 180, 90, 150, 45, 30].map(durationLabel)).toEqual([
      '1 minute',
      '3 minutes',
      '1½ minutes',
      '2½ minutes',
      '45 seconds',
      '30 seconds',
    ]);
  });

  it('writes the day the same on every machine', () => {
    expect(dayLabel('2026-01-05')).toBe('5 January 2026');
  });

  it('offers US Letter where it is the everyday paper, A4 elsewhere', () => {
    expect(defaultPaper('en-US')).toBe('Letter');
    expect(defaultPaper('fr-CA')).toBe('Letter');
    expect(defaultPaper('en-GB')).toBe('A4');
    expect(defaultPaper('de')).toBe('A4');
  });

  it('names the PDF after the day, and numbers its pages in the footer', () => {
    expect(sheetFileName('2026-11-25')).toBe('hearth-conversation-sheet-2026-11-25.pdf');
    const settings = sheetPdfSettings('Letter');
    expect(settings).toMatchObject({ paper: 'Letter', displayHeaderFooter: true, preferCSSPageSize: true });
    expect(settings.footerTemplate).toContain('<span class="pageNumber"></span>');
    expect(settings.footerTemplate).toContain('<span class="totalPages"></span>');
  });
});
