// The everyday stress deck. Ids are stable forever (favourites and entries keep them):
// add new questions at the end with the next number; never renumber or reuse one.
import type { DeckSource } from '../schema';

export const everydayStressDeck: DeckSource = {
  deck: {
    id: 'everyday-stress',
    title: 'Everyday stress',
    intro: 'For the weight of ordinary days, and how you carry it together.',
  },
  questions: [
    {
      id: 'everyday-stress-01',
      depth: 'light',
      text: 'What was the most draining part of your day, and what helped even a little?',
    },
    {
      id: 'everyday-stress-02',
      depth: 'light',
      text: 'Which task on your list has been hanging over you the longest?',
    },
    {
      id: 'everyday-stress-03',
      depth: 'deeper',
      text: 'What does stress feel like in your body before you notice it in your thoughts?',
    },
    { id: 'everyday-stress-04', depth: 'light', text: 'What is one thing I could take off your plate this week?' },
    { id: 'everyday-stress-05', depth: 'light', text: 'How do you like to be looked after when you come home tired?' },
    {
      id: 'everyday-stress-06',
      depth: 'deeper',
      text: 'What worry tends to visit you at night, and what helps it settle?',
    },
    { id: 'everyday-stress-07', depth: 'light', text: 'What small thing reliably lifts your mood on a heavy day?' },
    {
      id: 'everyday-stress-08',
      depth: 'deeper',
      text: 'When you are overwhelmed, what do you wish people around you understood?',
    },
    {
      id: 'everyday-stress-09',
      depth: 'light',
      text: 'Which part of your week feels most rushed, and how could we slow it down?',
    },
    {
      id: 'everyday-stress-10',
      depth: 'deeper',
      text: 'What pressure are you putting on yourself right now that you could ease?',
    },
    {
      id: 'everyday-stress-11',
      depth: 'light',
      text: 'Tell me about a moment today when you managed something better than you expected.',
    },
    {
      id: 'everyday-stress-12',
      depth: 'deeper',
      text: 'How did the grown-ups around you as a child deal with stress, and what did you take from that?',
    },
    {
      id: 'everyday-stress-13',
      depth: 'light',
      text: 'What would a truly restful Sunday look like for you right now?',
    },
    {
      id: 'everyday-stress-14',
      depth: 'deeper',
      text: 'What boundary would make your work or study life feel lighter?',
    },
    { id: 'everyday-stress-15', depth: 'light', text: 'Which of your ways of calming down works fastest?' },
    {
      id: 'everyday-stress-16',
      depth: 'deeper',
      text: 'What do you tend to do when stress builds up, and how can I tell it is happening?',
    },
    {
      id: 'everyday-stress-17',
      depth: 'light',
      text: 'What could either of us say as a gentle signal that we need some quiet?',
    },
    { id: 'everyday-stress-18', depth: 'deeper', text: 'What helps you stop carrying a hard day into the evening?' },
    {
      id: 'everyday-stress-19',
      depth: 'light',
      text: 'Which chore or errand would you happily trade with me this week?',
    },
    {
      id: 'everyday-stress-20',
      depth: 'deeper',
      text: 'What is one worry about the future that it would help to say out loud?',
    },
    { id: 'everyday-stress-21', depth: 'light', text: 'When you vent to me, what kind of response helps you most?' },
    {
      id: 'everyday-stress-22',
      depth: 'deeper',
      text: 'What is something you are dreading, and what would make it easier to face?',
    },
    { id: 'everyday-stress-23', depth: 'light', text: 'What made you feel capable today, even in a small way?' },
    {
      id: 'everyday-stress-24',
      depth: 'deeper',
      text: 'When did you last feel truly relaxed, and what made it possible?',
    },
    {
      id: 'everyday-stress-25',
      depth: 'light',
      text: 'Describe your ideal ten-minute break in the middle of a busy day.',
    },
    {
      id: 'everyday-stress-26',
      depth: 'deeper',
      text: 'How can we protect time for the two of us when life gets crowded?',
    },
    {
      id: 'everyday-stress-27',
      depth: 'light',
      text: 'Which news feed, notification or app would you be happier without this week?',
    },
    {
      id: 'everyday-stress-28',
      depth: 'deeper',
      text: 'What would you tell a friend who was carrying the load you carry right now?',
    },
    {
      id: 'everyday-stress-29',
      depth: 'light',
      text: 'What part of tomorrow are you looking forward to, despite everything?',
    },
    {
      id: 'everyday-stress-30',
      depth: 'deeper',
      text: 'What does asking for help feel like for you, and what makes it easier?',
    },
  ],
};
