import type { Database } from "../store/database.js";

/** What every route module is given: the one store the server was started on. */
export interface RouteContext {
  db: Database;
}
