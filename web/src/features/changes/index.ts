// What changed, and why it matters to me: the inbox and the feeds (the /changes page), the
// watch buttons, the unread count, what changed marked on the map, and live updates on it.
export { ChangedMapLayer } from './components/ChangedMapLayer.js';
export { InboxCount } from './components/InboxCount.js';
export { LiveUpdates } from './components/LiveUpdates.js';
export { WatchButton } from './components/WatchButton.js';
