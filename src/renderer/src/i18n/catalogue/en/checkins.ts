/** The check-in screen: three gentle scales, one partner at a time. (US spelling.) */
export const checkins = {
  title: 'Check in',
  lede: 'A minute, one of you at a time: how close, safe and heard you feel right now. It is a moment, not a score.',
  saving: 'Saving…',

  /** The three questions, each a 1–5 scale with a gentle word at either end. */
  scales: {
    close: {
      question: 'How close do you feel right now?',
      low: 'Far apart',
      high: 'Very close',
      choose: 'Choose how close you feel, from 1 to 5.',
      /** What is missing, as "Choose …" completes it (the private page's check-in still builds its sentence). */
      missing: 'how close you feel',
      value: 'Close {{value}}<hidden> of 5</hidden>',
    },
    safe: {
      question: 'How safe do you feel being open right now?',
      low: 'On guard',
      high: 'Completely safe',
      choose: 'Choose how safe you feel, from 1 to 5.',
      missing: 'how safe you feel',
      value: 'Safe {{value}}<hidden> of 5</hidden>',
    },
    heard: {
      question: 'How heard do you feel lately?',
      low: 'Unheard',
      high: 'Truly heard',
      choose: 'Choose how heard you feel, from 1 to 5.',
      missing: 'how heard you feel',
      value: 'Heard {{value}}<hidden> of 5</hidden>',
    },
  },
  /** Read out after the 1 and the 5 of a scale: what they mean. */
  scaleEnd: ' ({{word}})',

  form: {
    title: '{{name}}’s check-in',
    intro:
      'Just for you, {{name}}: answer for how you feel right now. There are no right answers, and {{other}}’s answers stay out of sight while you fill in yours.',
    note: 'Anything you would like to add? <optional>(optional)</optional>',
    save: 'Save check-in',
  },

  thanks: {
    title: 'Thank you, {{name}}',
    saved: 'Your check-in is saved. Noticing how you feel is already a kind thing to do.',
    help: 'If feeling safe is hard at the moment, the page on getting professional help has some calm, practical next steps. <open>Open it</open>',
    turn: '{{name}}’s turn',
    done: 'Done',
  },

  choose: {
    title: 'Who is checking in?',
    handOver: 'Hand the computer over if it is the other’s turn; each of you answers alone.',
    justNow: '{{name}}<hidden> (checked in just now)</hidden>',
  },

  recent: {
    title: 'Recent check-ins',
    apart: 'Kept out of sight until you both want to look together.',
    show: 'Show recent check-ins',
    hide: 'Hide recent check-ins',
    opening: 'Opening recent check-ins…',
    none: 'No check-ins yet.',
  },
} as const;
