export { main } from './main.js';
export { verifyProblem, type ProblemReport } from './verify.js';
