// spis log, the application side: the case's history from git (store/history.ts).
export { caseHistory } from '../store/history.js';
