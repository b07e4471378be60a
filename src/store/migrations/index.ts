import { migration as core } from "./0001-core.js";
import { migration as resolution } from "./0002-resolution.js";
import { migration as analysis } from "./0003-analysis.js";
import { migration as siteParents } from "./0004-site-parents.js";
import { migration as userAliases } from "./0005-user-aliases.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [core, resolution, analysis, siteParents, userAliases];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
