import { HearthError } from '../errors';

/** The sentences a person meets when the timeline cannot show what they asked for. */
export const timelineError = {
  rangeTooLong: () =>
    new HearthError('INVALID_INPUT', 'That range is too long to show week by week. Try months, or a shorter range.'),
};
