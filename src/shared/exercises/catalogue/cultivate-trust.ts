import type { ExerciseInput } from '../schema';

export const cultivateTrustExercises: readonly ExerciseInput[] = [
  {
    id: 'promises-kept-this-week',
    title: 'Promises kept this week',
    theme: 'cultivate-trust',
    reasons: ['trust-and-safety', 'connection'],
    why: 'Trust is built from small acts of follow-through, and naming them out loud helps you both see the trust you already have.',
    minutes: 10,
    depth: 'light',
    form: 'trust ritual',
    steps: [
      {
        id: 'settle',
        actor: 'together',
        title: 'Settle in',
        instruction: 'Sit where you can both see the screen. Put your phones face down and take one slow breath together.',
        prompts: [],
      },
      {
        id: 'name-one',
        actor: 'each',
        title: 'Name one thing kept',
        instruction:
          'Take turns naming one small thing your partner said they would do this week, and did. Tell them what it meant to you.',
        prompts: [
          'This week you said you would … and you did.',
          'It meant a lot to me because …',
        ],
        timer: { seconds: 120, perPartner: true },
      },
      {
        id: 'one-for-next-week',
        actor: 'each',
        title: 'One small promise',
        instruction:
          'Take turns offering one small, doable promise for the coming week. Keep it small enough that you are sure you can keep it.',
        prompts: ['One small thing I will do for you this week is …'],
        timer: { seconds: 60, perPartner: true },
      },
      {
        id: 'close',
        actor: 'together',
        title: 'Write them down',
        instruction: 'Thank each other. Note both promises somewhere you will both remember, so you can look back at them next time.',
        prompts: [],
      },
    ],
    reflection: [
      'Was it easier to name what your partner did, or to hear what you did?',
      'What helps you feel you can count on each other?',
    ],
  },
  {
    id: 'what-stays-between-us',
    title: 'What stays between us',
    theme: 'cultivate-trust',
    reasons: ['trust-and-safety', 'communication'],
    why: 'Knowing what your partner will keep private makes it easier to tell them things. Agreeing on it out loud takes the guesswork away.',
    minutes: 15,
    depth: 'light',
    form: 'conversation',
    steps: [
      {
        id: 'why-it-matters',
        actor: 'together',
        title: 'Start with curiosity',
        instruction:
          'People have different ideas about what is private. There is no right answer here, only what works for the two of you.',
        prompts: [],
      },
      {
        id: 'just-us',
        actor: 'each',
        title: 'Just between us',
        instruction: 'Take turns finishing the sentences below. The one listening just nods and takes it in.',
        prompts: [
          'Something I would like to stay just between us is …',
          'I would feel let down if someone else heard about …',
        ],
        timer: { seconds: 120, perPartner: true },
      },
      {
        id: 'fine-to-share',
        actor: 'each',
        title: 'Fine to share',
        instruction: 'Now take turns with the other side: what is fine to talk about with friends or family?',
        prompts: [
          'It is fine with me if you talk to friends or family about …',
          'Before you share something about us, I would like you to …',
        ],
        timer: { seconds: 90, perPartner: true },
      },
      {
        id: 'agree',
        actor: 'together',
        title: 'Agree in your own words',
        instruction:
          'Together, put one or two simple agreements into words. Say them back to each other to check you both mean the same thing.',
        prompts: ['We agree that …'],
      },
    ],
    reflection: [
      'Did anything your partner wants kept private surprise you?',
      'Is there an agreement you would like to revisit in a few months?',
    ],
  },
  {
    id: 'a-ritual-you-can-count-on',
    title: 'A ritual you can count on',
    theme: 'cultivate-trust',
    reasons: ['trust-and-safety', 'connection'],
    why: 'A small ritual that happens every time, without fail, becomes a steady signal that you show up for each other.',
    minutes: 15,
    depth: 'light',
    form: 'trust ritual',
    steps: [
      {
        id: 'remember',
        actor: 'each',
        title: 'Rituals that already work',
        instruction:
          'Take turns naming one small habit between you that you already rely on, like a goodnight message or a cup of tea made for the other.',
        prompts: ['Something you do that I can always count on is …'],
        timer: { seconds: 90, perPartner: true },
      },
      {
        id: 'ideas',
        actor: 'each',
        title: 'Ideas for a new one',
        instruction:
          'Take turns suggesting one new ritual that takes less than five minutes. Think of greetings, goodbyes, check-ins or a weekly walk.',
        prompts: [
          'A tiny ritual I would love us to have is …',
          'The moment in my day when I would most like to hear from you is …',
        ],
        timer: { seconds: 90, perPartner: true },
      },
      {
        id: 'choose',
        actor: 'together',
        title: 'Choose one',
        instruction:
          'Pick one ritual you can both keep, even on busy days. Decide when it happens and what you will do if one of you forgets.',
        prompts: ['Our ritual is …', 'If one of us forgets, we will …'],
      },
    ],
    reflection: [
      'What makes a small habit feel reliable to you?',
      'After a week or two, how does the ritual feel?',
    ],
  },
  {
    id: 'when-a-promise-slipped',
    title: 'When a promise slipped',
    theme: 'cultivate-trust',
    reasons: ['trust-and-safety', 'communication'],
    why: 'Talking calmly about a small letdown, and hearing it acknowledged, repairs trust far better than letting it quietly settle.',
    minutes: 20,
    depth: 'deeper',
    asksAboutPartnerHurt: true,
    form: 'listening turns',
    safetyNote:
      'Before you begin, check in: are you both rested and willing to do this right now? Any step can be skipped, and you can pause the session at any point. Choose a small, mostly settled letdown, not the biggest one.',
    lighterAlternative: 'promises-kept-this-week',
    steps: [
      {
        id: 'choose-small',
        actor: 'together',
        title: 'Choose something small',
        instruction:
          'Each quietly choose one recent, small time you felt let down by a promise that slipped. Decide who speaks first.',
        prompts: [],
      },
      {
        id: 'first-tell',
        actor: 'speaker',
        title: 'Tell what happened',
        instruction:
          'Describe what happened and how it felt, speaking about yourself rather than your partner’s character. Stay with this one moment.',
        prompts: ['When … did not happen, I felt …', 'What I was hoping for was …'],
        timer: { seconds: 120, perPartner: false },
      },
      {
        id: 'first-acknowledge',
        actor: 'listener',
        title: 'Acknowledge it',
        instruction:
          'Say back what you heard. Then acknowledge it without explaining or defending, even if you see it differently. Your turn to speak comes next.',
        prompts: ['What I heard is …', 'I can see that it mattered to you. I am sorry it hurt.'],
        timer: { seconds: 90, perPartner: false },
        swapRoles: true,
      },
      {
        id: 'second-tell',
        actor: 'speaker',
        title: 'Tell what happened',
        instruction: 'Now the other partner describes their small letdown and how it felt.',
        prompts: ['When … did not happen, I felt …', 'What I was hoping for was …'],
        timer: { seconds: 120, perPartner: false },
      },
      {
        id: 'second-acknowledge',
        actor: 'listener',
        title: 'Acknowledge it',
        instruction: 'Say back what you heard, and acknowledge it without explaining or defending.',
        prompts: ['What I heard is …', 'I can see that it mattered to you. I am sorry it hurt.'],
        timer: { seconds: 90, perPartner: false },
      },
      {
        id: 'next-time',
        actor: 'each',
        title: 'Next time',
        instruction: 'Take turns saying one thing you will do differently next time a promise is at risk of slipping.',
        prompts: ['Next time I can’t keep a promise, I will …'],
        timer: { seconds: 60, perPartner: true },
      },
    ],
    reflection: [
      'How did it feel to be acknowledged without an argument?',
      'What would make it easier to say sooner when you feel let down?',
    ],
  },
  {
    id: 'one-thing-i-could-count-on',
    title: 'One thing I could count on',
    theme: 'cultivate-trust',
    reasons: ['trust-and-safety', 'connection'],
    why: 'Saying out loud when your partner came through reminds you both that they can be relied on. It takes three minutes and leaves you both a little steadier.',
    minutes: 3,
    depth: 'light',
    form: 'appreciation ritual',
    steps: [
      {
        id: 'think',
        actor: 'together',
        title: 'Think of a moment',
        instruction:
          'Each think of one small moment from the last few days when your partner did what they said they would, or turned up when you needed them.',
        prompts: [],
      },
      {
        id: 'tell',
        actor: 'each',
        title: 'Tell it',
        instruction: 'Take turns naming the moment and what it meant to you. The other just says thank you.',
        prompts: ['This week I could count on you when …', 'It meant …'],
        timer: { seconds: 60, perPartner: true },
      },
      {
        id: 'next',
        actor: 'together',
        title: 'One small promise',
        instruction: 'Each name one small thing you will follow through on before you next sit down like this. Keep it small enough to keep.',
        prompts: ['Before next time, I will …'],
      },
    ],
    reflection: ['How did it feel to hear that you were counted on?'],
  },
  {
    id: 'an-apology-that-lands',
    title: 'An apology that lands',
    theme: 'cultivate-trust',
    reasons: ['trust-and-safety', 'communication'],
    why: 'A real apology names what happened and how it touched the other person, with no excuses attached. Hearing one given well helps trust grow back.',
    minutes: 20,
    depth: 'deeper',
    form: 'apology',
    asksAboutPartnerHurt: true,
    safetyNote:
      'Before you start, check in: are you both rested and willing right now? Any step can be skipped, and you can pause the session at any time. Choose something small and recent. If you are afraid of your partner, do not do this together: turn to the “Getting professional help” page instead.',
    lighterAlternative: 'one-thing-i-could-count-on',
    steps: [
      {
        id: 'choose',
        actor: 'together',
        title: 'Choose your own',
        instruction:
          'Each quietly think of one small thing you said or did lately that you are sorry for. You choose your own; nobody picks it for the other. Decide who apologises first.',
        prompts: [],
      },
      {
        id: 'first-apology',
        actor: 'speaker',
        title: 'Say sorry, plainly',
        instruction:
          'Say what you did and how you think it affected your partner. Leave out “but” and the reasons why; those can wait until they are asked for. Say what you will try to do differently.',
        prompts: ['I’m sorry that I …', 'I think it left you feeling …', 'Next time I will try to …'],
        timer: { seconds: 120, perPartner: false },
      },
      {
        id: 'first-receive',
        actor: 'listener',
        title: 'Let it land',
        instruction:
          'Say back what you heard, then say honestly how it lands. You do not have to accept it or forgive right now: “Thank you, I need a little time” is a full answer.',
        prompts: ['What I heard you say is …', 'Hearing it, I feel …', 'Thank you. I need a little time with it.'],
        timer: { seconds: 90, perPartner: false },
        swapRoles: true,
      },
      {
        id: 'second-apology',
        actor: 'speaker',
        title: 'Say sorry, plainly',
        instruction: 'Now the other partner names their own small thing, how it may have affected you, and what they will try next time.',
        prompts: ['I’m sorry that I …', 'I think it left you feeling …', 'Next time I will try to …'],
        timer: { seconds: 120, perPartner: false },
      },
      {
        id: 'second-receive',
        actor: 'listener',
        title: 'Let it land',
        instruction: 'Say back what you heard, and say honestly how it lands. Taking time is allowed.',
        prompts: ['What I heard you say is …', 'Hearing it, I feel …', 'Thank you. I need a little time with it.'],
        timer: { seconds: 90, perPartner: false },
      },
      {
        id: 'close',
        actor: 'together',
        title: 'Thank each other',
        instruction: 'Thank each other for the courage this took. Each repeat the one thing you will try, so it is easy to remember.',
        prompts: ['This week I will …'],
      },
    ],
    reflection: [
      'What made the apology you heard easy or hard to take in?',
      'What helps you say sorry without adding a “but”?',
    ],
  },
];
