// "How do I reach this person": the strongest warm-introduction chains (the panel), lit on the map (the layer).
export { IntroductionPanel } from './components/IntroductionPanel.js';
export { ReachMapLayer } from './components/ReachMapLayer.js';
