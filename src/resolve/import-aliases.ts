import type { Database } from "../store/database.js";
import {
  findUserAliasGroupByHead,
  insertUserAliasGroup,
  updateUserAliasGroupNames,
} from "../store/repositories/user-aliases.js";
import type { AliasGroupInput } from "./alias-file.js";
import { aliasKey } from "./curated-aliases.js";

export interface ImportedAliasGroup {
  id: string;
  type: AliasGroupInput["type"];
  names: string[];
  /** added: a new group; extended: names added to the user's group with the same first name. */
  status: "added" | "extended" | "unchanged";
  namesAdded: number;
}

export interface ImportAliasesResult {
  groupsAdded: number;
  groupsExtended: number;
  namesAdded: number;
  groups: ImportedAliasGroup[];
}

/**
 * Adds alias groups to the user's list in one transaction. A group is identified by its type and
 * first name (by alias key): when the user already has it, only the names it lacks are added, so
 * importing the same file twice adds nothing. Notes are kept from the import that made the group.
 */
export async function importAliasGroups(
  db: Database,
  groups: readonly AliasGroupInput[],
  options: { by: string },
): Promise<ImportAliasesResult> {
  return db.transaction(async (tx) => {
    const result: ImportAliasesResult = { groupsAdded: 0, groupsExtended: 0, namesAdded: 0, groups: [] };
    for (const group of groups) {
      const headKey = aliasKey(group.type, group.names[0]!);
      const existing = await findUserAliasGroupByHead(tx, group.type, headKey);
      if (!existing) {
        const added = await insertUserAliasGroup(tx, { ...group, headKey, by: options.by });
        result.groupsAdded++;
        result.namesAdded += added.names.length;
        result.groups.push({ ...pick(added), status: "added", namesAdded: added.names.length });
        continue;
      }
      const known = new Set(existing.names.map((n) => aliasKey(group.type, n)));
      const fresh = group.names.filter((n) => !known.has(aliasKey(group.type, n)));
      if (fresh.length === 0) {
        result.groups.push({ ...pick(existing), status: "unchanged", namesAdded: 0 });
        continue;
      }
      const names = [...existing.names, ...fresh];
      await updateUserAliasGroupNames(tx, existing.id, names);
      result.groupsExtended++;
      result.namesAdded += fresh.length;
      result.groups.push({
        id: existing.id,
        type: existing.type,
        names,
        status: "extended",
        namesAdded: fresh.length,
      });
    }
    return result;
  });
}

const pick = (g: { id: string; type: AliasGroupInput["type"]; names: string[] }) => ({
  id: g.id,
  type: g.type,
  names: g.names,
});
