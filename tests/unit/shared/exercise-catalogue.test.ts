import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BarrierId,
  CATALOGUE,
  Catalogue,
  type Exercise,
  exerciseById,
  exercisesByTheme,
  PROFESSIONAL_HELP,
  PROFESSIONAL_HELP_TITLE,
  ProfessionalHelpPage,
  REASONS,
  StrategyId,
  THEMES,
} from '../../../src/shared/exercises/index';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED_DIR = process.env.HEARTH_SHARED_DIR ?? path.resolve(REPO_ROOT, '../shared');
const ARTICLE_PATH = path.join(SHARED_DIR, 'source', 'emotional-intimacy-article.txt');

// Written out by hand on purpose: renaming or dropping an exercise breaks saved
// progress and journal links, so it must be a deliberate edit here too.
const EXPECTED_IDS = [
  // cultivate-trust
  'promises-kept-this-week',
  'what-stays-between-us',
  'a-ritual-you-can-count-on',
  'when-a-promise-slipped',
  // active-listening
  'three-minutes-each',
  'mirror-and-make-sense',
  'only-open-questions',
  'listening-without-fixing',
  'hearing-a-hurt-about-us',
  // share-feelings
  'i-feel-when-because-i-need',
  'finding-the-word',
  'from-blame-to-need',
  'one-worry-one-hope',
  // practise-empathy
  'your-day-told-by-me',
  'that-makes-sense-because',
  'when-you-are-having-a-hard-day',
  'same-moment-two-views',
  // quality-time
  'plan-an-hour-for-us',
  'weekly-check-in',
  'questions-for-a-slow-evening',
  'something-new-together',
  'our-best-moments',
  // professional-help
  'could-a-counsellor-help-us',
  'noticing-when-its-time',
  'what-kind-of-support-fits-us',
  'preparing-for-a-first-session',
  'talking-after-a-session',
  // fear-of-vulnerability
  'three-small-true-things',
  'a-ladder-of-small-openings',
  'how-id-like-you-to-respond',
  'what-makes-opening-up-hard',
  'thank-you-for-telling-me',
  // poor-communication
  'the-slowed-down-conversation',
  'what-i-meant-what-you-heard',
  'our-pause-signal',
  'the-little-things-left-unsaid',
  // emotional-baggage
  'what-i-bring-with-me',
  'how-we-talk-about-the-past',
  'when-the-past-gets-loud',
  'when-an-old-feeling-shows-up',
  'setting-down-an-old-argument',
];

const ALL_THEME_IDS = [...StrategyId.options, ...BarrierId.options];

/** Every string inside a value, however deeply nested. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function words(text: string): string[] {
  const normal = normalise(text);
  return normal === '' ? [] : normal.split(' ');
}

function mutableCopy(): Exercise[] {
  return structuredClone([...CATALOGUE]);
}

function firstDeeper(list: Exercise[]): Exercise {
  const deeper = list.find((exercise) => exercise.depth === 'deeper');
  if (!deeper) throw new Error('The catalogue has no deeper exercise to break.');
  return deeper;
}

describe('exercise catalogue: coverage and stable ids', () => {
  it('gives every strategy and barrier at least four exercises (and never fewer than three)', () => {
    for (const theme of ALL_THEME_IDS) {
      const count = exercisesByTheme(theme).length;
      expect(count, `exercises for ${theme}`).toBeGreaterThanOrEqual(3);
      expect(count, `exercises for ${theme}`).toBeGreaterThanOrEqual(4);
    }
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(36);
  });

  it('uses unique kebab-case ids for exercises and for steps within each exercise', () => {
    const ids = CATALOGUE.map((exercise) => exercise.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const exercise of CATALOGUE) {
      expect(exercise.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const stepIds = exercise.steps.map((step) => step.id);
      expect(new Set(stepIds).size, `step ids in ${exercise.id}`).toBe(stepIds.length);
      for (const stepId of stepIds) expect(stepId).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('keeps exactly the ids written out in this test', () => {
    const ids = CATALOGUE.map((exercise) => exercise.id);
    expect([...ids].sort()).toEqual([...EXPECTED_IDS].sort());
  });

  it('finds exercises by id and by theme', () => {
    expect(exerciseById('three-minutes-each')?.theme).toBe('active-listening');
    expect(exerciseById('no-such-exercise')).toBeUndefined();
    for (const theme of ALL_THEME_IDS) {
      for (const exercise of exercisesByTheme(theme)) expect(exercise.theme).toBe(theme);
    }
  });

  it('lists themes in the article’s order, six strategies then three barriers, each with a short intro', () => {
    expect(THEMES.map((theme) => theme.id)).toEqual(ALL_THEME_IDS);
    expect(THEMES.map((theme) => theme.kind)).toEqual([...Array(6).fill('strategy'), ...Array(3).fill('barrier')]);
    for (const theme of THEMES) {
      const sentences = theme.intro.split(/(?<=[.!?])\s+/).filter((part) => part.trim() !== '');
      expect(sentences.length, `intro of ${theme.id}`).toBeGreaterThanOrEqual(2);
      expect(sentences.length, `intro of ${theme.id}`).toBeLessThanOrEqual(3);
    }
    expect(REASONS.map((reason) => reason.id)).toEqual(['trust-and-safety', 'communication', 'connection']);
  });
});

describe('exercise catalogue: every exercise can be run in one sitting', () => {
  it('has no step with an empty instruction', () => {
    for (const exercise of CATALOGUE) {
      for (const step of exercise.steps) {
        expect(step.instruction.trim(), `${exercise.id}/${step.id}`).not.toBe('');
      }
    }
  });

  it('gives every timed step a positive whole number of seconds, per partner where both take a turn', () => {
    for (const exercise of CATALOGUE) {
      for (const step of exercise.steps) {
        if (!step.timer) continue;
        expect(Number.isInteger(step.timer.seconds), `${exercise.id}/${step.id}`).toBe(true);
        expect(step.timer.seconds, `${exercise.id}/${step.id}`).toBeGreaterThan(0);
        expect(step.timer.perPartner, `${exercise.id}/${step.id}`).toBe(step.actor === 'each');
      }
    }
  });

  it('fits its timed steps inside the minutes it promises', () => {
    for (const exercise of CATALOGUE) {
      const timedSeconds = exercise.steps.reduce(
        (sum, step) => sum + (step.timer ? step.timer.seconds * (step.timer.perPartner ? 2 : 1) : 0),
        0,
      );
      expect(timedSeconds, exercise.id).toBeLessThanOrEqual(exercise.minutes * 60);
    }
  });

  it('lets both partners speak when an exercise uses speaker and listener roles', () => {
    for (const exercise of CATALOGUE) {
      const usesRoles = exercise.steps.some((step) => step.actor === 'speaker' || step.actor === 'listener');
      if (usesRoles) expect(exercise.steps.some((step) => step.swapRoles), exercise.id).toBe(true);
    }
  });

  it('says why it helps and asks at least one reflection question', () => {
    for (const exercise of CATALOGUE) {
      expect(exercise.why.trim(), exercise.id).not.toBe('');
      expect(exercise.reflection.length, exercise.id).toBeGreaterThanOrEqual(1);
      expect(exercise.minutes, exercise.id).toBeGreaterThan(0);
    }
  });
});

describe('exercise catalogue: safety', () => {
  it('opens every deeper exercise with a willingness check and offers a light alternative', () => {
    const deeper = CATALOGUE.filter((exercise) => exercise.depth === 'deeper');
    expect(deeper.length).toBeGreaterThan(0);
    for (const exercise of deeper) {
      const note = exercise.safetyNote ?? '';
      expect(note, exercise.id).toMatch(/rested and willing/i);
      expect(note, exercise.id).toMatch(/skip/i);
      expect(note, exercise.id).toMatch(/pause/i);
      const alternative = exerciseById(exercise.lighterAlternative ?? '');
      expect(alternative?.depth, `${exercise.id} → ${exercise.lighterAlternative}`).toBe('light');
    }
  });

  it('points every emotional-baggage exercise to the professional-help page', () => {
    for (const exercise of exercisesByTheme('emotional-baggage')) {
      expect(stringsIn(exercise).join(' '), exercise.id).toContain(PROFESSIONAL_HELP_TITLE);
    }
  });

  it('says plainly on the help page that fear, threats, violence or control call for individual help first', () => {
    const pageText = stringsIn(PROFESSIONAL_HELP).join(' ');
    for (const word of ['afraid', 'threats', 'violence', 'control']) expect(pageText).toContain(word);
    expect(pageText).toMatch(/not the right tool/);
    expect(pageText).toMatch(/help for you on your own comes first/i);
    const headings = PROFESSIONAL_HELP.sections.map((section) => section.heading.toLowerCase());
    for (const topic of ['signs', 'kinds of help', 'first session', 'raising it']) {
      expect(headings.some((heading) => heading.includes(topic)), topic).toBe(true);
    }
  });

  it('contains no links anywhere in the content', () => {
    const everything = stringsIn([CATALOGUE, THEMES, REASONS, PROFESSIONAL_HELP]);
    for (const text of everything) expect(text).not.toMatch(/https?:|www\.|\.(com|org|net)\b/i);
  });

  it('makes no assumptions about gender or marriage', () => {
    const everything = stringsIn([CATALOGUE, THEMES, REASONS, PROFESSIONAL_HELP]);
    const gendered = /\b(he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend|spouse|married|marriage)\b/i;
    for (const text of everything) expect(text).not.toMatch(gendered);
  });
});

describe('exercise catalogue: the schema rejects broken content', () => {
  it('accepts the real catalogue', () => {
    expect(Catalogue.safeParse(mutableCopy()).success).toBe(true);
  });

  it('rejects a duplicate exercise id', () => {
    const broken = mutableCopy();
    broken[1]!.id = broken[0]!.id;
    const result = Catalogue.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toMatch(/Duplicate exercise id/);
  });

  it('rejects an exercise with no steps', () => {
    const broken = mutableCopy();
    broken[0]!.steps = [];
    const result = Catalogue.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((issue) => issue.path.join('.') === '0.steps')).toBe(true);
  });

  it('rejects a zero-second timer', () => {
    const broken = mutableCopy();
    const timed = broken.flatMap((exercise) => exercise.steps).find((step) => step.timer);
    if (!timed?.timer) throw new Error('The catalogue has no timed step to break.');
    timed.timer.seconds = 0;
    expect(Catalogue.safeParse(broken).success).toBe(false);
  });

  it('rejects a deeper exercise without a safety note', () => {
    const broken = mutableCopy();
    delete firstDeeper(broken).safetyNote;
    const result = Catalogue.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toMatch(/needs a safety note/);
  });

  it('rejects a deeper exercise whose lighter alternative is missing or not light', () => {
    const missing = mutableCopy();
    delete firstDeeper(missing).lighterAlternative;
    expect(Catalogue.safeParse(missing).success).toBe(false);

    const dangling = mutableCopy();
    firstDeeper(dangling).lighterAlternative = 'no-such-exercise';
    expect(Catalogue.safeParse(dangling).success).toBe(false);

    const notLight = mutableCopy();
    const deeper = notLight.filter((exercise) => exercise.depth === 'deeper');
    deeper[0]!.lighterAlternative = deeper[1]!.id;
    expect(Catalogue.safeParse(notLight).success).toBe(false);
  });

  it('rejects a duplicate step id within one exercise', () => {
    const broken = mutableCopy();
    const steps = broken[0]!.steps;
    steps[1]!.id = steps[0]!.id;
    expect(Catalogue.safeParse(broken).success).toBe(false);
  });

  it('rejects a help page that contains a link', () => {
    const broken = structuredClone(PROFESSIONAL_HELP);
    broken.intro = 'Find a counsellor at https://example.com today.';
    expect(ProfessionalHelpPage.safeParse(broken).success).toBe(false);
  });
});

interface SourceArticle {
  /** Normalised sentences of six or more words. */
  readonly sentences: readonly string[];
  /** Every run of eight consecutive normalised words. */
  readonly runs: ReadonlySet<string>;
}

let cachedArticle: SourceArticle | undefined;

// Fails loudly rather than skipping: without the article these checks prove nothing.
function sourceArticle(): SourceArticle {
  if (cachedArticle) return cachedArticle;
  if (!existsSync(ARTICLE_PATH)) {
    throw new Error(
      `Source article not found at ${ARTICLE_PATH}. Set HEARTH_SHARED_DIR to the folder that holds source/emotional-intimacy-article.txt.`,
    );
  }
  const article = readFileSync(ARTICLE_PATH, 'utf8');
  const sentences = article
    .split(/(?<=[.!?:])\s+|\n+/)
    .map(normalise)
    .filter((sentence) => sentence.split(' ').length >= 6);
  const articleWords = words(article);
  const runs = new Set<string>();
  for (let i = 0; i + 8 <= articleWords.length; i++) runs.add(articleWords.slice(i, i + 8).join(' '));
  cachedArticle = { sentences, runs };
  return cachedArticle;
}

function copiedSentences(texts: readonly string[]): string[] {
  const { sentences } = sourceArticle();
  const copied: string[] = [];
  for (const text of texts) {
    const haystack = ` ${normalise(text)} `;
    for (const sentence of sentences) {
      if (haystack.includes(` ${sentence} `)) copied.push(`"${sentence}" in "${text}"`);
    }
  }
  return copied;
}

function copiedRuns(texts: readonly string[]): string[] {
  const { runs } = sourceArticle();
  const copied: string[] = [];
  for (const text of texts) {
    const textWords = words(text);
    for (let i = 0; i + 8 <= textWords.length; i++) {
      const run = textWords.slice(i, i + 8).join(' ');
      if (runs.has(run)) copied.push(`"${run}" in "${text}"`);
    }
  }
  return copied;
}

describe('exercise catalogue: written in Hearth’s own words', () => {
  // Titles, why, instructions, prompts, reflections, safety notes, theme intros,
  // reasons and the whole professional-help page.
  const catalogueTexts = stringsIn([CATALOGUE, THEMES, REASONS, PROFESSIONAL_HELP]);

  it('reads the real source article, and its checks catch a copied line', () => {
    const { sentences, runs } = sourceArticle();
    expect(sentences.length).toBeGreaterThan(20);
    expect(runs.size).toBeGreaterThan(500);
    expect(catalogueTexts.length).toBeGreaterThan(500);
    // A lightly re-punctuated, re-cased article sentence is still caught…
    expect(copiedSentences(['Take a breath. BUILDING TRUST is fundamental for emotional intimacy! Then begin.'])).not.toEqual([]);
    // …and so is a run of eight article words inside a longer sentence.
    expect(copiedRuns(['Try to put yourself in your partner’s shoes and try to understand, slowly.'])).not.toEqual([]);
  });

  it('reproduces no sentence of six or more words from the source article', () => {
    expect(copiedSentences(catalogueTexts)).toEqual([]);
  });

  it('shares no run of eight consecutive words with the source article', () => {
    expect(copiedRuns(catalogueTexts)).toEqual([]);
  });
});
