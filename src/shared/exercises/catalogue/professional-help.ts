import type { ExerciseInput } from '../schema';

// These exercises help a couple talk about outside support; they never assess or
// diagnose. The matching information lives on the "Getting professional help" page.
const FEAR_NOTE =
  'If either of you feels afraid of the other, set this exercise aside. Read the “Getting professional help” page on your own first: individual support comes before couples work.';

export const professionalHelpExercises: readonly ExerciseInput[] = [
  {
    id: 'could-a-counsellor-help-us',
    title: 'Could a counsellor help us?',
    theme: 'professional-help',
    reasons: ['communication', 'trust-and-safety'],
    why: 'Talking about outside help as a shared choice, rather than a verdict, lets each of you say what you hope for and what worries you.',
    minutes: 20,
    depth: 'light',
    form: 'conversation',
    safetyNote: FEAR_NOTE,
    steps: [
      {
        id: 'frame',
        actor: 'together',
        title: 'A conversation, not a decision',
        instruction:
          'Agree out loud that this is a conversation, not a decision. Either of you can say “not yet”, and that is a fine answer.',
        prompts: [],
      },
      {
        id: 'hopes',
        actor: 'each',
        title: 'What you hope for',
        instruction: 'Take turns saying what you imagine a counsellor might help with. The other listens and says back what they heard.',
        prompts: ['Something I hope we could get help with is …', 'If it went well, I imagine we would …'],
        timer: { seconds: 120, perPartner: true },
      },
      {
        id: 'hesitations',
        actor: 'each',
        title: 'What gives you pause',
        instruction:
          'Take turns naming any hesitation: cost, time, privacy, feeling judged, or not knowing what to expect. Every hesitation is welcome.',
        prompts: ['What makes me hesitant is …', 'It would feel easier if …'],
        timer: { seconds: 120, perPartner: true },
      },
      {
        id: 'next-step',
        actor: 'together',
        title: 'One small next step',
        instruction:
          'Choose one small next step, such as reading the “Getting professional help” page together, or agree on a date to talk about it again.',
        prompts: ['Our next step is …'],
      },
    ],
    reflection: [
      'Did your partner’s hopes or hesitations surprise you?',
      'What would make it easier to keep talking about this?',
    ],
  },
  {
    id: 'noticing-when-its-time',
    title: 'Noticing when it’s time',
    theme: 'professional-help',
    reasons: ['trust-and-safety', 'communication'],
    why: 'It is easier to reach for support early than in a crisis. Looking at the signs together, calmly, helps you notice if they start to fit.',
    minutes: 15,
    depth: 'light',
    form: 'reflection',
    safetyNote: FEAR_NOTE,
    steps: [
      {
        id: 'read',
        actor: 'together',
        title: 'Read the signs together',
        instruction:
          'Open the “Getting professional help” page and read the section on signs that it may be time. This is not a test and there is no score.',
        prompts: [],
      },
      {
        id: 'notice',
        actor: 'each',
        title: 'What you notice',
        instruction:
          'Take turns saying whether any of the signs feel familiar, and how. It is fine if none of them do. The other listens without arguing.',
        prompts: ['One that feels familiar to me is …', 'None of these fit right now, but I would want to know if …'],
        timer: { seconds: 120, perPartner: true },
      },
      {
        id: 'agree-a-signal',
        actor: 'together',
        title: 'Agree how to raise it',
        instruction: 'Agree on a simple, kind way either of you can say, in future, that you think it might be time.',
        prompts: ['If one of us feels it is time, we will say …'],
      },
    ],
    reflection: [
      'How did it feel to look at these signs together?',
      'What would help you bring this up if you ever needed to?',
    ],
  },
  {
    id: 'what-kind-of-support-fits-us',
    title: 'What kind of support fits us?',
    theme: 'professional-help',
    reasons: ['communication'],
    why: 'There are many kinds of help, and a good fit matters. Talking through your preferences first makes the search less daunting.',
    minutes: 15,
    depth: 'light',
    form: 'planning',
    steps: [
      {
        id: 'read-kinds',
        actor: 'together',
        title: 'Look at the options',
        instruction: 'Read the section on kinds of help on the “Getting professional help” page together.',
        prompts: [],
      },
      {
        id: 'preferences',
        actor: 'each',
        title: 'Your preferences',
        instruction: 'Take turns sharing what would make you most comfortable. There are no wrong answers.',
        prompts: [
          'I would prefer to see someone together, on my own, or both, because …',
          'Meeting in person or by video would suit me because …',
          'Something I would want the person to understand about us is …',
          'What we can realistically spend each month is …',
        ],
        timer: { seconds: 180, perPartner: true },
      },
      {
        id: 'shortlist',
        actor: 'together',
        title: 'Make a short list',
        instruction:
          'Write down what you are looking for in two or three lines, and decide who will look for options and by when.',
        prompts: ['We are looking for …', '… will look into it by …'],
      },
    ],
    reflection: [
      'Where do your preferences overlap, and where do they differ?',
      'What matters most to each of you in choosing someone?',
    ],
  },
  {
    id: 'preparing-for-a-first-session',
    title: 'Getting ready for a first session',
    theme: 'professional-help',
    reasons: ['communication', 'trust-and-safety'],
    why: 'Knowing what you each want to say, and what you want to ask, turns a nervous first meeting into a more comfortable start.',
    minutes: 20,
    depth: 'light',
    form: 'planning',
    steps: [
      {
        id: 'why-now',
        actor: 'each',
        title: 'Why now',
        instruction: 'Take turns putting into one or two sentences what made you want to reach out now.',
        prompts: ['What made me want to reach out now is …'],
        timer: { seconds: 90, perPartner: true },
      },
      {
        id: 'hoped-change',
        actor: 'each',
        title: 'What you hope changes',
        instruction: 'Take turns describing what you hope will feel different in a few months. Describe it as something you would notice.',
        prompts: ['In a few months, I would love to notice that we …'],
        timer: { seconds: 90, perPartner: true },
      },
      {
        id: 'questions',
        actor: 'together',
        title: 'Questions to ask',
        instruction: 'Together, write down practical questions for the first meeting.',
        prompts: [
          'How long is each session, and how often would we meet?',
          'What does it cost, and what happens if we miss one?',
          'How do you keep what we say private?',
          'What does a first session with you usually look like?',
        ],
      },
      {
        id: 'permission',
        actor: 'together',
        title: 'Permission to pause',
        instruction:
          'Agree that either of you can say “I am not ready to talk about that yet” in the session, and that you will not hold it against each other afterwards.',
        prompts: [],
      },
    ],
    reflection: [
      'What are you most nervous about, and what would ease it?',
      'How would you like to look after each other on the day?',
    ],
  },
  {
    id: 'talking-after-a-session',
    title: 'Talking after a session',
    theme: 'professional-help',
    reasons: ['connection', 'communication'],
    why: 'Sessions can stir things up. A short, kind debrief helps you carry what was useful and leave the rest for next time.',
    minutes: 10,
    depth: 'light',
    form: 'reflection',
    steps: [
      {
        id: 'stayed',
        actor: 'each',
        title: 'What stayed with you',
        instruction: 'Take turns sharing one thing from the session that stayed with you. The other just listens.',
        prompts: ['Something that stayed with me was …'],
        timer: { seconds: 90, perPartner: true },
      },
      {
        id: 'for-next-time',
        actor: 'each',
        title: 'Save for next time',
        instruction:
          'Take turns naming anything you would rather leave for the next session than talk about now. Agreeing to wait is a kindness, not avoidance.',
        prompts: ['I would like to leave … for the next session.'],
        timer: { seconds: 60, perPartner: true },
      },
      {
        id: 'care',
        actor: 'together',
        title: 'Something gentle',
        instruction: 'Choose one gentle thing to do for the rest of the day, together or apart.',
        prompts: ['For the rest of today, we will …'],
      },
    ],
    reflection: [
      'Is there something from the session you would like to try this week?',
      'What helps you feel settled after a session?',
    ],
  },
  {
    id: 'who-we-can-lean-on',
    title: 'Who we can lean on',
    theme: 'professional-help',
    reasons: ['trust-and-safety', 'connection'],
    why: 'A couple does better with support around it. Naming who each of you could turn to makes reaching out easier before things get heavy.',
    minutes: 4,
    depth: 'light',
    form: 'conversation',
    steps: [
      {
        id: 'name',
        actor: 'each',
        title: 'Name your people',
        instruction:
          'Take turns naming one or two people outside the two of you whom you could talk to on a hard day: a friend, a relative, a doctor, a counsellor.',
        prompts: ['On a hard day, I could talk to …', 'What makes it easier to reach out is …'],
        timer: { seconds: 60, perPartner: true },
      },
      {
        id: 'help',
        actor: 'together',
        title: 'Make it easier',
        instruction:
          'Say one thing that would help each of you actually reach out when you need to. The “Getting professional help” page describes kinds of support if you want to look further.',
        prompts: ['It would help me reach out if …'],
      },
    ],
    reflection: ['Was anyone on your partner’s list a surprise to you?'],
  },
];
