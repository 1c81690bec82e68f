export { DeckScreen } from './DeckScreen';
export { TodaysQuestion } from './TodaysQuestion';
export { FirstFortnight } from './FirstFortnight';
