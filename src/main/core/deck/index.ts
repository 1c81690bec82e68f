export { deckHandlers } from './handlers';
export { drawQuestion } from './draw';
export { cardFor, listFavourites, markTalked, setFavourite } from './marks';
export { skipToday, todaysQuestion } from './today';
export { FORTNIGHT_KEY, readFortnight, startFortnight, updateFortnight } from './fortnight';
