// Entry of the analytics worker threads (power-workers.ts). The server runs TypeScript
// through tsx; a worker thread starts without its loader, so it registers it first.
import { register } from 'tsx/esm/api';

register();
const { measure } = await import('./measures-task.ts');

export default measure;
