// The appreciation deck. Ids are stable forever (favourites and entries keep them):
// add new questions at the end with the next number; never renumber or reuse one.
import type { DeckSource } from '../schema';

export const appreciationDeck: DeckSource = {
  deck: {
    id: 'appreciation',
    title: 'Appreciation',
    intro: 'For saying out loud what you value in each other.',
  },
  questions: [
    {
      id: 'appreciation-01',
      depth: 'light',
      text: 'What is something small I did this week that you noticed and liked?',
    },
    { id: 'appreciation-02', depth: 'light', text: 'Which of my habits quietly makes your day easier?' },
    {
      id: 'appreciation-03',
      depth: 'deeper',
      text: 'What quality of mine do you most admire, and where did you last see it?',
    },
    { id: 'appreciation-04', depth: 'light', text: 'When did you last feel proud to be with me?' },
    { id: 'appreciation-05', depth: 'deeper', text: 'How have I helped you become more yourself?' },
    { id: 'appreciation-06', depth: 'light', text: 'Which of my expressions or phrases always makes you smile?' },
    { id: 'appreciation-07', depth: 'light', text: 'Which of my small kindnesses do you hope I never stop doing?' },
    {
      id: 'appreciation-08',
      depth: 'deeper',
      text: 'Tell me about a time I supported you in a way that mattered more than I knew.',
    },
    { id: 'appreciation-09', depth: 'light', text: 'What do you appreciate about how I treat the people around us?' },
    {
      id: 'appreciation-10',
      depth: 'deeper',
      text: 'What is something about me you have come to value more over time?',
    },
    { id: 'appreciation-11', depth: 'light', text: 'Which thing I do without being asked do you love most?' },
    { id: 'appreciation-12', depth: 'deeper', text: 'What strength of mine do you think I underestimate?' },
    { id: 'appreciation-13', depth: 'light', text: 'What was the best part of our last evening together?' },
    { id: 'appreciation-14', depth: 'deeper', text: 'When have you felt most understood by me?' },
    { id: 'appreciation-15', depth: 'light', text: 'Which of my interests have you come to enjoy too?' },
    { id: 'appreciation-16', depth: 'deeper', text: 'What do you think I bring out in you that others do not?' },
    {
      id: 'appreciation-17',
      depth: 'light',
      text: 'What is one thing I do that makes wherever we are feel like home?',
    },
    { id: 'appreciation-18', depth: 'light', text: 'Name three things you liked about me today.' },
    { id: 'appreciation-19', depth: 'deeper', text: 'Which effort of mine do you suspect nobody else sees?' },
    { id: 'appreciation-20', depth: 'light', text: 'What do you enjoy about my sense of humour?' },
    { id: 'appreciation-21', depth: 'deeper', text: 'How has being with me changed the way you see yourself?' },
    { id: 'appreciation-22', depth: 'light', text: 'Which recent conversation with me stayed with you in a good way?' },
    { id: 'appreciation-23', depth: 'deeper', text: 'What is a choice I made in my life that you admire?' },
    { id: 'appreciation-24', depth: 'light', text: 'Which little ritual of ours are you most thankful for?' },
    { id: 'appreciation-25', depth: 'deeper', text: 'Tell me about a time I made a hard day lighter for you.' },
    { id: 'appreciation-26', depth: 'light', text: 'What would you thank me for if you had to write me a note today?' },
    {
      id: 'appreciation-27',
      depth: 'deeper',
      text: 'Which of my values do you most want to protect in our life together?',
    },
    {
      id: 'appreciation-28',
      depth: 'light',
      text: 'What compliment from me have you remembered longer than I would guess?',
    },
    { id: 'appreciation-29', depth: 'deeper', text: 'What do you see in me that you hope I can see in myself?' },
    { id: 'appreciation-30', depth: 'light', text: 'What is something I taught you, even without meaning to?' },
  ],
};
