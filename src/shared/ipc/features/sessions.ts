import { z } from 'zod';
import { Entry, Mood, PartnerSlot } from '../../model';
import { WrittenAt } from '../written-at';

const NoInput = z.undefined();
export const SessionId = z.string().uuid();
export const ExerciseId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);
/** A step of an exercise (0-based); no exercise comes near the upper bound. */
export const StepIndex = z.number().int().min(0).max(200);

/** What a session keeps beside its columns, stored as JSON text in `sessions.state`. */
export const SessionState = z.strictObject({
  firstSpeaker: PartnerSlot,
  feelings: z.strictObject({ a: Mood.nullable(), b: Mood.nullable() }),
});
export type SessionState = z.infer<typeof SessionState>;

export const SessionStatus = z.enum(['in-progress', 'completed', 'abandoned']);

export const Session = z.object({
  id: z.string(),
  exerciseId: z.string(),
  theme: z.string(),
  status: SessionStatus,
  /** The step the couple is on (0-based); kept so a session resumes where it was left. */
  stepIndex: z.number().int(),
  /** Who speaks first; roles swap from there as the exercise says. */
  firstSpeaker: PartnerSlot,
  /** How each partner said it felt, 1–5, when they chose to say. */
  feelings: z.object({ a: Mood.nullable(), b: Mood.nullable() }),
  startedAt: z.number(),
  updatedAt: z.number(),
  completedAt: z.number().nullable(),
  reflections: z.array(Entry),
});
export type Session = z.infer<typeof Session>;

export const Reflection = z.strictObject({
  author: PartnerSlot,
  body: z.string().max(20_000).optional(),
  feeling: Mood.optional(),
});

export const Suggestion = z.object({
  exerciseId: z.string(),
  /** One line, in Hearth's voice, saying why this one now. */
  reason: z.string(),
  basis: z.enum(['first-time', 'not-practised-lately', 'check-in']),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const sessionsContract = {
  'sessions.start': {
    input: z.strictObject({ exerciseId: ExerciseId, firstSpeaker: PartnerSlot.optional(), at: WrittenAt.optional() }),
    output: Session,
  },
  'sessions.get': { input: z.strictObject({ id: SessionId }), output: Session },
  /** Sessions left part-way, newest first, so they can be resumed (also after a restart). */
  'sessions.inProgress': { input: NoInput, output: z.array(Session) },
  'sessions.recent': { input: z.strictObject({ limit: z.number().int().min(1).max(50) }), output: z.array(Session) },
  'sessions.moveTo': {
    input: z.strictObject({ id: SessionId, stepIndex: StepIndex }),
    output: Session,
  },
  'sessions.complete': {
    input: z.strictObject({
      id: SessionId,
      reflections: z.array(Reflection).max(2),
      at: WrittenAt.optional(),
    }),
    output: Session,
  },
  'sessions.abandon': { input: z.strictObject({ id: SessionId }), output: Session },
  'home.suggestion': { input: NoInput, output: Suggestion },
} as const;
