/**
 * The stages of a build that has work to do (src/build.ts loads this module once it knows there is):
 * ingest, assemble, plan, make and write. A build that finds nothing changed, and `kiosk --help`, do not
 * load the parsers, the template engine, the search indexer and the rest.
 */
export { ingestWithCache } from "./incremental/inputs.js";
export { assembleOrPatch } from "./incremental/site-state.js";
export { writeSite } from "./incremental/write-site.js";
export { planRoutes } from "./plan/plan.js";
