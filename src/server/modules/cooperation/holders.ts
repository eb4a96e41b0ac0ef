/**
 * Who holds each step of an approval route: computed by the policy (only `policy.ts` reads grants, decision 014);
 * re-exported here for the route module.
 */
export { holdsStep, stepsHeldBy } from "./policy.js";
