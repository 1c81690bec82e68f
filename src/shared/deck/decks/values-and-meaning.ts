// The values and meaning deck. Ids are stable forever (favourites and entries keep them):
// add new questions at the end with the next number; never renumber or reuse one.
import type { DeckSource } from '../schema';

export const valuesAndMeaningDeck: DeckSource = {
  deck: {
    id: 'values-and-meaning',
    title: 'Values and meaning',
    intro: 'For what matters most to each of you, and why.',
  },
  questions: [
    { id: 'values-and-meaning-01', depth: 'deeper', text: 'What do you think makes a life well lived?' },
    {
      id: 'values-and-meaning-02',
      depth: 'light',
      text: 'Which everyday act of kindness do you value most in strangers?',
    },
    {
      id: 'values-and-meaning-03',
      depth: 'deeper',
      text: 'What principle would you hold on to even if it cost you something?',
    },
    {
      id: 'values-and-meaning-04',
      depth: 'light',
      text: 'Who is someone in public life you admire for how they treat people?',
    },
    { id: 'values-and-meaning-05', depth: 'deeper', text: 'Where do you find meaning when things feel uncertain?' },
    { id: 'values-and-meaning-06', depth: 'light', text: 'What small thing in the world reliably gives you hope?' },
    {
      id: 'values-and-meaning-07',
      depth: 'deeper',
      text: 'How do you want to be remembered by the people who know you best?',
    },
    {
      id: 'values-and-meaning-08',
      depth: 'deeper',
      text: 'Which value from your family did you keep, and which did you leave behind?',
    },
    { id: 'values-and-meaning-09', depth: 'light', text: 'What does a generous person look like to you?' },
    {
      id: 'values-and-meaning-10',
      depth: 'deeper',
      text: 'When have you stood up for something you believed in, and what did it teach you?',
    },
    {
      id: 'values-and-meaning-11',
      depth: 'light',
      text: 'Which book, film or song shaped how you see right and wrong?',
    },
    {
      id: 'values-and-meaning-12',
      depth: 'deeper',
      text: 'What does loyalty mean to you, in a friendship or a family?',
    },
    { id: 'values-and-meaning-13', depth: 'light', text: 'What cause would you give a free Saturday to?' },
    {
      id: 'values-and-meaning-14',
      depth: 'deeper',
      text: 'What does faith, spirituality or a sense of something bigger mean to you, if anything?',
    },
    {
      id: 'values-and-meaning-15',
      depth: 'light',
      text: 'Which small ritual makes an ordinary day feel meaningful to you?',
    },
    { id: 'values-and-meaning-16', depth: 'deeper', text: 'What kind of courage do you most admire?' },
    {
      id: 'values-and-meaning-17',
      depth: 'light',
      text: 'What is a saying or piece of advice that has stuck with you?',
    },
    {
      id: 'values-and-meaning-18',
      depth: 'deeper',
      text: 'What values do you hope a visitor would sense in the way we live?',
    },
    { id: 'values-and-meaning-19', depth: 'light', text: 'What does being a good neighbour mean to you?' },
    {
      id: 'values-and-meaning-20',
      depth: 'deeper',
      text: 'Which of your values do you find hardest to live up to, and why?',
    },
    { id: 'values-and-meaning-21', depth: 'light', text: 'How do you like to mark the important moments of a year?' },
    { id: 'values-and-meaning-22', depth: 'deeper', text: 'What would you want our life together to stand for?' },
    {
      id: 'values-and-meaning-23',
      depth: 'light',
      text: 'Which everyday choice of yours reflects what you care about most?',
    },
    { id: 'values-and-meaning-24', depth: 'deeper', text: 'What do you think we owe to the generations after us?' },
    { id: 'values-and-meaning-25', depth: 'light', text: 'What makes a piece of work feel worthwhile to you?' },
    {
      id: 'values-and-meaning-26',
      depth: 'deeper',
      text: 'How has your idea of a good relationship changed as you have grown?',
    },
    {
      id: 'values-and-meaning-27',
      depth: 'light',
      text: 'What quality did you notice in someone this week that you would like more of in yourself?',
    },
    { id: 'values-and-meaning-28', depth: 'deeper', text: 'What do you think honesty asks of us on an ordinary day?' },
    {
      id: 'values-and-meaning-29',
      depth: 'light',
      text: 'Tell me about a tradition from anywhere in the world that you find beautiful.',
    },
    {
      id: 'values-and-meaning-30',
      depth: 'deeper',
      text: 'What has life taught you about forgiveness, outside of the two of us?',
    },
  ],
};
