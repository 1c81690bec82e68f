// The dreams and plans deck. Ids are stable forever (favourites and entries keep them):
// add new questions at the end with the next number; never renumber or reuse one.
import type { DeckSource } from '../schema';

export const dreamsAndPlansDeck: DeckSource = {
  deck: {
    id: 'dreams-and-plans',
    title: 'Dreams and plans',
    intro: 'For the places, projects and hopes ahead of you both.',
  },
  questions: [
    {
      id: 'dreams-and-plans-01',
      depth: 'light',
      text: 'Where in the world would you most like us to wake up one morning?',
    },
    {
      id: 'dreams-and-plans-02',
      depth: 'light',
      text: 'What is something you would like us to learn together in the next year?',
    },
    {
      id: 'dreams-and-plans-03',
      depth: 'deeper',
      text: 'What does the life you hope for in ten years look like on an ordinary Tuesday?',
    },
    {
      id: 'dreams-and-plans-04',
      depth: 'light',
      text: 'Which small adventure could we plan for our next free weekend?',
    },
    {
      id: 'dreams-and-plans-05',
      depth: 'deeper',
      text: 'What dream have you set aside that you would like to pick up again?',
    },
    {
      id: 'dreams-and-plans-06',
      depth: 'light',
      text: 'If we had a whole month off together, how would you want to spend it?',
    },
    {
      id: 'dreams-and-plans-07',
      depth: 'deeper',
      text: 'What would you like people to say about the way we lived our life together?',
    },
    {
      id: 'dreams-and-plans-08',
      depth: 'light',
      text: 'What is a skill you would love to have by this time next year?',
    },
    {
      id: 'dreams-and-plans-09',
      depth: 'deeper',
      text: 'Which of your hopes for the future feels most fragile right now, and what would support it?',
    },
    {
      id: 'dreams-and-plans-10',
      depth: 'light',
      text: 'What kind of home do you dream of having someday, down to the details?',
    },
    {
      id: 'dreams-and-plans-11',
      depth: 'deeper',
      text: 'How would you like our days to change when work takes up less of them?',
    },
    {
      id: 'dreams-and-plans-12',
      depth: 'light',
      text: 'What is one thing on your someday list that we could do this season?',
    },
    {
      id: 'dreams-and-plans-13',
      depth: 'deeper',
      text: 'What would you attempt if you knew I would back you all the way?',
    },
    {
      id: 'dreams-and-plans-14',
      depth: 'light',
      text: 'Which festival, gig or show would you like us to go to together?',
    },
    {
      id: 'dreams-and-plans-15',
      depth: 'deeper',
      text: 'Tell me about a change you want to make in your life, and how I could help with it.',
    },
    {
      id: 'dreams-and-plans-16',
      depth: 'light',
      text: 'What tradition would you like the two of us to start this year?',
    },
    { id: 'dreams-and-plans-17', depth: 'deeper', text: 'What kind of old age do you hope we share?' },
    { id: 'dreams-and-plans-18', depth: 'light', text: 'Describe a perfect weekend a year from now.' },
    { id: 'dreams-and-plans-19', depth: 'deeper', text: 'What is a goal you have not told many people about?' },
    {
      id: 'dreams-and-plans-20',
      depth: 'light',
      text: 'Which city would you like to explore with me on foot for a whole day?',
    },
    {
      id: 'dreams-and-plans-21',
      depth: 'deeper',
      text: 'How do you want our relationship to feel five years from now?',
    },
    {
      id: 'dreams-and-plans-22',
      depth: 'light',
      text: 'What would you want to build or make with your hands if you had the time?',
    },
    {
      id: 'dreams-and-plans-23',
      depth: 'deeper',
      text: 'Which dream of mine would you most like to see come true, and why that one?',
    },
    {
      id: 'dreams-and-plans-24',
      depth: 'light',
      text: 'What is something you would like us to save up for, just for the joy of it?',
    },
    {
      id: 'dreams-and-plans-25',
      depth: 'deeper',
      text: 'In what ways would you like to grow as a person over the next few years?',
    },
    {
      id: 'dreams-and-plans-26',
      depth: 'light',
      text: 'Where would you like to spend your next birthday, if anywhere were possible?',
    },
    {
      id: 'dreams-and-plans-27',
      depth: 'deeper',
      text: 'What does success mean to you now, compared with when you were younger?',
    },
    {
      id: 'dreams-and-plans-28',
      depth: 'light',
      text: 'Which community project could you picture us giving time to together?',
    },
    {
      id: 'dreams-and-plans-29',
      depth: 'deeper',
      text: 'Tell me about a future you used to imagine that no longer fits, and what has taken its place.',
    },
    {
      id: 'dreams-and-plans-30',
      depth: 'light',
      text: 'How could we make next month a little more exciting than this one?',
    },
  ],
};
