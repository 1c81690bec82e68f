export { buildTimeline, resolveRange, firstDay, MAX_BUCKETS, type Timeline, type TimelineQuery } from './timeline';
export { gentleStreak, type Streak } from './streak';
export { listEvents } from './events';
export { bucketsBetween, bucketSql, weekStart, addDays } from './days';
export { timelineHandlers } from './handlers';
