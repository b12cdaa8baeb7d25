import { route } from '../app/routes.js';

// Fixture: shared code importing the app (a layer upside down).
export const sharedName = route;
