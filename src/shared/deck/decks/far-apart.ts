// The far apart deck. Ids are stable forever (favourites and entries keep them):
// add new questions at the end with the next number; never renumber or reuse one.
import type { DeckSource } from '../schema';

export const farApartDeck: DeckSource = {
  deck: {
    id: 'far-apart',
    title: 'Far apart',
    intro: 'For evenings on a call, when there are miles between you.',
  },
  questions: [
    { id: 'far-apart-01', depth: 'light', text: 'What can you see from where you are sitting right now?' },
    { id: 'far-apart-02', depth: 'light', text: 'What was the best thing you ate today, and what made it good?' },
    {
      id: 'far-apart-03',
      depth: 'light',
      text: 'Tell me about the best moment of your day, in as much detail as you like.',
    },
    { id: 'far-apart-04', depth: 'light', text: 'How is the weather where you are, and how has it shaped your day?' },
    { id: 'far-apart-05', depth: 'deeper', text: 'What do you miss most about being in the same room as me?' },
    { id: 'far-apart-06', depth: 'light', text: 'Which film could we both start at the same moment tonight?' },
    { id: 'far-apart-07', depth: 'deeper', text: 'What helps you feel close to me when we are apart?' },
    { id: 'far-apart-08', depth: 'light', text: 'What is one thing you saw today that you wish I had seen too?' },
    {
      id: 'far-apart-09',
      depth: 'deeper',
      text: 'What is hardest about the distance this week, and what would make it a little easier?',
    },
    { id: 'far-apart-10', depth: 'light', text: 'What would you cook for me if I were there tonight?' },
    { id: 'far-apart-11', depth: 'light', text: 'Which sound around you would you like me to hear right now?' },
    {
      id: 'far-apart-12',
      depth: 'light',
      text: 'What do you imagine we will do in the first hour after we see each other again?',
    },
    {
      id: 'far-apart-13',
      depth: 'light',
      text: 'What small ritual could we share across the distance, like the same song at bedtime?',
    },
    { id: 'far-apart-14', depth: 'deeper', text: 'How has being apart shown you something new about us?' },
    { id: 'far-apart-15', depth: 'light', text: 'Tell me about someone you talked to today.' },
    {
      id: 'far-apart-16',
      depth: 'deeper',
      text: 'What reassurance would you like to hear from me on evenings when the distance feels big?',
    },
    { id: 'far-apart-17', depth: 'light', text: 'Which book or podcast could we both dip into this week?' },
    {
      id: 'far-apart-18',
      depth: 'deeper',
      text: 'What do you do when you miss me, and what would you like me to know about those moments?',
    },
    { id: 'far-apart-19', depth: 'light', text: 'If I could appear beside you for one hour, where would you take me?' },
    {
      id: 'far-apart-20',
      depth: 'deeper',
      text: 'Which ordinary moment with me do you long for most while we are apart?',
    },
    { id: 'far-apart-21', depth: 'light', text: 'Describe what is on your desk, shelf or bedside table right now.' },
    {
      id: 'far-apart-22',
      depth: 'deeper',
      text: 'How can we make our calls feel less like reports and more like time together?',
    },
    { id: 'far-apart-23', depth: 'light', text: 'Describe your walk or journey today as if I were beside you.' },
    {
      id: 'far-apart-24',
      depth: 'light',
      text: 'What small thing could I post or send you that would say I am thinking of you?',
    },
    { id: 'far-apart-25', depth: 'light', text: 'Which photo on your phone from this week tells the best story?' },
    {
      id: 'far-apart-26',
      depth: 'deeper',
      text: 'What worries you when we are apart, and what helps you set it down?',
    },
    { id: 'far-apart-27', depth: 'light', text: 'What game could we play together over a call?' },
    { id: 'far-apart-28', depth: 'deeper', text: 'What does a good goodbye at the end of a call feel like to you?' },
    { id: 'far-apart-29', depth: 'light', text: 'What do you wish you could hand me through the screen right now?' },
    {
      id: 'far-apart-30',
      depth: 'deeper',
      text: 'How would you like us to mark the day we are finally in the same place again?',
    },
  ],
};
