export { CheckInScreen } from './CheckInScreen';
// The private page's own check-in asks the same questions on the same scale.
export { RatingScale } from './RatingScale';
export { checkedInAt, SCALES, writtenNow, type ScaleId } from './words';
